package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Workdir;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Stages;
import java.util.List;

/** BU001: the first WORKDIR of a stage chain is relative, so it depends on the base image's working directory. */
public final class RelativeWorkdir extends BaseRule {
    public RelativeWorkdir() {
        super(new RuleInfo("BU001", "relative-workdir",
                "The first WORKDIR of a stage is relative: where it lands depends on the base image",
                Severity.WARNING, List.of("DL3000", "WorkdirRelativePath")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            boolean inherited = Stages.inherited(ctx, stage).workdir();
            List<Workdir> dirs = Stages.of(stage, Workdir.class);
            if (inherited || dirs.isEmpty() || dirs.get(0).argument() == null || Stages.onScratch(ctx, stage)) {
                continue;
            }
            Workdir first = dirs.get(0);
            String raw = first.argument().text();
            var value = ctx.model().expand(first, raw);
            String path = value.failed() ? raw : value.value();
            if (path.isEmpty() || raw.startsWith("$") && (value.failed() || path.isEmpty())) {
                continue; // unknown at lint time
            }
            if (!isAbsolute(path)) {
                ctx.report(first.argument().span(), "relative WORKDIR \"" + raw + "\" with no absolute WORKDIR before it"
                        + " in this stage: it resolves against the base image's working directory, which can change"
                        + " when the base image does");
            }
        }
    }

    static boolean isAbsolute(String path) {
        String p = path.replace("\"", "").replace("'", "");
        return p.startsWith("/") || p.startsWith("\\") || p.length() > 1 && p.charAt(1) == ':' && (p.charAt(0) | 0x20) >= 'a' && (p.charAt(0) | 0x20) <= 'z' || p.startsWith("$");
    }
}
