package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Workdir;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Stages;
import java.util.List;

/** BU010: COPY to a relative destination before any WORKDIR of the stage: it lands wherever the base image says. */
public final class RelativeCopyWithoutWorkdir extends BaseRule {
    public RelativeCopyWithoutWorkdir() {
        super(new RuleInfo("BU010", "relative-copy-without-workdir",
                "COPY to a relative destination while no WORKDIR is set", Severity.WARNING, List.of("DL3045")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            if (Stages.onScratch(ctx, stage) || Stages.inherited(ctx, stage).workdir()) {
                continue;
            }
            for (Instruction i : stage.instructions()) {
                if (i instanceof Workdir) {
                    break;
                }
                if (i instanceof Copy copy && copy.destination() != null) {
                    String d = copy.destination().text().replace("\"", "");
                    if (!RelativeWorkdir.isAbsolute(d) && !d.isEmpty()) {
                        ctx.report(copy.destination().span(), "relative destination \"" + d + "\" with no WORKDIR set"
                                + " in this stage: the files land in the base image's working directory, which can"
                                + " change under you; set WORKDIR first or use an absolute path");
                    }
                }
            }
        }
    }
}
