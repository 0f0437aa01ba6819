package dev.layerlint.rules.style;

import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Run;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import java.util.List;

/**
 * ST011 (off by default): consecutive RUNs with the same flags, each a
 * single cheap command, that could be one layer. hadolint's DL3059 says
 * merge any consecutive RUNs; that works against the build cache (a change
 * to one command reruns all of them), so we only point at runs of cheap,
 * single commands, and never at an expensive step.
 */
public final class ConsecutiveRuns extends BaseRule {
    public ConsecutiveRuns() {
        super(new RuleInfo("ST011", "consecutive-runs", "Consecutive cheap single-command RUNs could be one layer",
                Severity.INFO, List.of("DL3059")).off());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            Run previous = null;
            for (Instruction i : stage.instructions()) {
                if (!(i instanceof Run run)) {
                    previous = null;
                    continue;
                }
                boolean single = ctx.cache().step(run).script().isPosix()
                        && ctx.cache().step(run).script().commands().size() == 1
                        && !ctx.cache().step(run).isExpensive() && run.heredocs().isEmpty();
                if (single && previous != null && previous.flags().stream().map(f -> f.text()).toList()
                        .equals(run.flags().stream().map(f -> f.text()).toList())) {
                    ctx.report(run.keyword().span(), "this RUN and the one on line " + previous.span().startLine()
                            + " are single cheap commands with the same flags: joining them with && saves a layer"
                            + " (keep expensive steps separate, so the cache can reuse them)");
                }
                previous = single ? run : null;
            }
        }
    }
}
