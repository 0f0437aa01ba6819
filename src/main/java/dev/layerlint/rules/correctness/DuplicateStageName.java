package dev.layerlint.rules.correctness;

import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** BU007: two stages with the same name (names are case-insensitive). */
public final class DuplicateStageName extends BaseRule {
    public DuplicateStageName() {
        super(new RuleInfo("BU007", "duplicate-stage-name", "Two stages have the same name", Severity.ERROR,
                List.of("DL3024", "DuplicateStageName")));
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, Stage> seen = new HashMap<>();
        for (Stage stage : ctx.model().stages()) {
            if (stage.name() == null || stage.from().stageName() == null) {
                continue;
            }
            Stage first = seen.putIfAbsent(stage.name().toLowerCase(Locale.ROOT), stage);
            if (first != null) {
                ctx.report(stage.from().stageName().span(), "stage name '" + stage.name() + "' is already used on line "
                        + first.from().span().startLine() + ": --from and --target cannot tell them apart");
            }
        }
    }
}
