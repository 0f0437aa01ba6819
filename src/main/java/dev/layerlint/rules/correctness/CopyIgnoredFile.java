package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Word;
import dev.layerlint.model.BuildContext;
import dev.layerlint.model.CopySource;
import dev.layerlint.model.DockerIgnore;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;

/**
 * BU023: COPY/ADD of a context path that .dockerignore excludes: the build
 * fails ("not found") or copies less than it says. BuildKit's semantics: the
 * source, cleaned as the COPY source matcher reads it ({@link CopySource}), or
 * one of its parents is excluded ({@link DockerIgnore#isExcluded}); skipped
 * when the ignore file has {@code !} exceptions.
 */
public final class CopyIgnoredFile extends BaseRule {
    public CopyIgnoredFile() {
        super(new RuleInfo("BU023", "copy-ignored-file", "COPY or ADD names a file that .dockerignore excludes",
                Severity.WARNING, List.of("CopyIgnoredFile")));
    }

    @Override
    public void check(RuleContext ctx) {
        BuildContext context = ctx.buildContext();
        if (context == null || context.ignoreFile() == null || context.ignore().hasExceptions()) {
            return;
        }
        DockerIgnore ignore = context.ignore();
        boolean all = ignore.rules().stream().anyMatch(r -> r.pattern().equals("*") || r.pattern().equals("**")
                || r.pattern().equals("**/*"));
        for (Instruction i : ctx.file().instructions()) {
            List<Word> sources;
            if (i instanceof Copy c && c.flag("from") == null) {
                sources = c.sources();
            } else if (i instanceof Add a) {
                sources = a.sources();
            } else {
                continue;
            }
            boolean windowsPaths = CopySource.windowsPaths(ctx.model(), i);
            for (Word w : sources) {
                String src = w.text();
                if (src.contains("://") || src.startsWith("git@") || src.contains("$")) {
                    continue;
                }
                CopySource source = CopySource.of(src, windowsPaths, false);
                if (source.hasWildcards()) {
                    continue;
                }
                if (source.isWholeContext() ? all : ignore.isExcluded(source.path())) {
                    ctx.report(w.span(), "\"" + src + "\" is excluded by .dockerignore, so it is not in the build"
                            + " context: the " + i.keyword().name() + " fails or copies nothing");
                }
            }
        }
    }
}
