package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Healthcheck;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Stages;
import java.util.List;

/** BU025 (off by default): the image that is built has no HEALTHCHECK, neither its own nor from a base stage. */
public final class MissingHealthcheck extends BaseRule {
    public MissingHealthcheck() {
        super(new RuleInfo("BU025", "missing-healthcheck", "The built image has no HEALTHCHECK", Severity.INFO,
                List.of("DL3057")).off());
    }

    @Override
    public void check(RuleContext ctx) {
        Stage target = ctx.model().target();
        if (target == null) {
            return;
        }
        for (Stage s : Stages.chain(target)) {
            if (!Stages.of(s, Healthcheck.class).isEmpty()) {
                return;
            }
        }
        ctx.report(target.from().keyword().span(), "the image built from this stage has no HEALTHCHECK (unless its base"
                + " image has one): orchestrators that read it cannot tell a hung container from a healthy one");
    }
}
