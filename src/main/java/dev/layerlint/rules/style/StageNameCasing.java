package dev.layerlint.rules.style;

import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;
import java.util.Locale;

/** ST015: a stage name with upper-case letters (names are matched case-insensitively, and shown lower-case). */
public final class StageNameCasing extends BaseRule {
    public StageNameCasing() {
        super(new RuleInfo("ST015", "stage-name-casing", "A stage name is not lower-case", Severity.WARNING,
                List.of("StageNameCasing")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            var name = stage.from().stageName();
            if (name != null && !name.text().equals(name.text().toLowerCase(Locale.ROOT)) && !name.text().contains("$")) {
                ctx.report(name.span(), "stage name '" + name.text() + "' should be lower-case: stage names are matched"
                        + " without case, so --from=" + name.text().toLowerCase(Locale.ROOT) + " finds it too");
            }
        }
    }
}
