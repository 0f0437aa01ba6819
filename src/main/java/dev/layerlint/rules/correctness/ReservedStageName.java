package dev.layerlint.rules.correctness;

import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;
import java.util.Locale;

/** BU012: a stage named {@code scratch} or {@code context}, names BuildKit gives another meaning. */
public final class ReservedStageName extends BaseRule {
    public ReservedStageName() {
        super(new RuleInfo("BU012", "reserved-stage-name", "A stage is named scratch or context",
                Severity.WARNING, List.of("DL3063", "ReservedStageName")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            if (stage.from().stageName() != null) {
                String n = stage.from().stageName().text().toLowerCase(Locale.ROOT);
                if (n.equals("scratch") || n.equals("context")) {
                    ctx.report(stage.from().stageName().span(), "stage name '" + n + "' is reserved: FROM " + n
                            + " and --from=" + n + " mean " + (n.equals("scratch") ? "the empty image"
                            : "the build context") + ", not this stage");
                }
            }
        }
    }
}
