package dev.layerlint.rules.cache;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Instruction;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.model.BuildContext;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CA007: a COPY of the whole context while {@code .dockerignore} is missing
 * or lets in {@code .git}, {@code node_modules}, build outputs or the
 * Dockerfile itself: every commit (or build, or Dockerfile edit) changes the
 * COPY's checksum and rebuilds it and every step after it.
 */
public final class ContextNotIgnored extends BaseRule {
    public static final RuleInfo INFO = new RuleInfo("CA007", "context-not-ignored",
            "A whole-context COPY while .dockerignore lets volatile paths into the context",
            Severity.WARNING, List.of()).withFix();

    /** Paths that change without a source edit, and why. */
    private static final Map<String, String> VOLATILE = new LinkedHashMap<>();

    static {
        VOLATILE.put(".git", "every commit");
        VOLATILE.put("node_modules", "every local npm install");
        VOLATILE.put(".venv", "every local pip install");
        VOLATILE.put("__pycache__", "every local run");
        VOLATILE.put("target", "every local build");
        VOLATILE.put("build", "every local build");
        VOLATILE.put("dist", "every local build");
        VOLATILE.put(".gradle", "every local build");
        VOLATILE.put(".next", "every local build");
    }

    public ContextNotIgnored() {
        super(INFO);
    }

    @Override
    public void check(RuleContext ctx) {
        BuildContext context = ctx.buildContext();
        if (context == null) {
            return;
        }
        CacheModel cache = ctx.cache();
        Instruction wholeCopy = null;
        List<String> explicitlyCopied = new ArrayList<>();
        for (Instruction i : ctx.file().instructions()) {
            if (!SemanticModel.copiesFromContext(i) || ctx.model().stageOf(i) == null) {
                continue;
            }
            for (String source : cache.sources(i)) {
                if (source.equals(".")) {
                    if (wholeCopy == null) {
                        wholeCopy = i;
                    }
                } else {
                    explicitlyCopied.add(source);
                }
            }
        }
        if (wholeCopy == null) {
            return;
        }
        Map<String, String> letIn = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : VOLATILE.entrySet()) {
            if (Files.isDirectory(context.root().resolve(e.getKey())) && !context.isIgnored(e.getKey())
                    && explicitlyCopied.stream().noneMatch(s -> s.equals(e.getKey())
                    || s.startsWith(e.getKey() + "/"))) {
                letIn.put(e.getKey(), e.getValue());
            }
        }
        String dockerfileName = dockerfileInContext(ctx, context);
        if (dockerfileName != null && !context.isIgnored(dockerfileName)
                && explicitlyCopied.stream().noneMatch(s -> s.equals(dockerfileName))) {
            letIn.put(dockerfileName, "every edit of the Dockerfile, even of a comment");
        }
        if (letIn.isEmpty()) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        letIn.forEach((path, when) -> reasons.add(path + " (" + when + ")"));
        String head = context.ignoreFile() == null ? "No .dockerignore: "
                : context.ignoreFile().getFileName() + " lets in ";
        String source = wholeCopy instanceof Copy c ? c.sources().get(0).text()
                : ((Add) wholeCopy).sources().get(0).text();
        String message = head + String.join(", ", reasons) + "; " + wholeCopy.keyword().name() + " " + source
                + " (line " + wholeCopy.span().startLine() + ") and every step after it rebuild on each";
        ctx.report(wholeCopy.span(), message, fix(context, letIn));
    }

    private static String dockerfileInContext(RuleContext ctx, BuildContext context) {
        if (ctx.dockerfilePath() == null) {
            return null;
        }
        Path p = ctx.dockerfilePath().toAbsolutePath().normalize();
        Path root = context.root().toAbsolutePath().normalize();
        return p.startsWith(root) && Files.exists(p) ? root.relativize(p).toString().replace('\\', '/') : null;
    }

    private static Fix fix(BuildContext context, Map<String, String> letIn) {
        String name = context.ignoreFile() == null ? ".dockerignore"
                : context.root().relativize(context.ignoreFile()).toString().replace('\\', '/');
        StringBuilder add = new StringBuilder();
        String existing = "";
        try {
            existing = context.ignoreFile() == null ? "" : Files.readString(context.ignoreFile());
        } catch (IOException e) {
            return Fix.displayOnly("Add " + String.join(", ", letIn.keySet()) + " to " + name);
        }
        if (!existing.isEmpty() && !existing.endsWith("\n")) {
            add.append('\n');
        }
        if (existing.isEmpty()) {
            add.append("# Not part of the build: keeps COPY . cached across commits, installs and edits\n");
        }
        for (String path : letIn.keySet()) {
            add.append(path).append('\n');
        }
        if (context.ignore().hasExceptions()) {
            return Fix.displayOnly("Add " + String.join(", ", letIn.keySet()) + " to " + name
                    + " (it has ! exceptions: check the order by hand)");
        }
        return new Fix((context.ignoreFile() == null ? "Create " : "Extend ") + name + " with "
                + String.join(", ", letIn.keySet()), Fix.Safety.SAFE,
                List.of(new Edit(name, existing.length(), existing.length(), add.toString())));
    }
}
