package dev.layerlint.rules.correctness;

import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;

/**
 * BU018: an unnamed stage that neither the final stage nor any other stage
 * uses: BuildKit skips it, so its work is dead code (and the classic builder
 * builds it for nothing). Named stages are left alone: they can be built
 * with {@code --target}.
 */
public final class UnreachableStage extends BaseRule {
    public UnreachableStage() {
        super(new RuleInfo("BU018", "unreachable-stage", "An unnamed stage is never used by the image that is built",
                Severity.WARNING, List.of()));
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.options().target() != null) {
            return;
        }
        Stage target = ctx.model().target();
        for (Stage stage : ctx.model().stages()) {
            if (stage == target || stage.name() != null || ctx.model().isReachable(stage)) {
                continue;
            }
            boolean used = ctx.model().references().stream().anyMatch(r -> r.to() == stage);
            if (!used) {
                ctx.report(stage.from().keyword().span(), "stage " + stage.index() + " has no name and nothing copies"
                        + " from it or builds on it: BuildKit skips it, so its instructions never reach the image;"
                        + " delete it, or name it (FROM ... AS name) if it is built on its own with --target");
            }
        }
    }
}
