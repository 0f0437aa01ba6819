package dev.layerlint.rules.style;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;
import java.util.Map;

/** ST009: a label of the {@code label-schema} is set to an empty value. */
public final class LabelEmpty extends BaseRule {
    public LabelEmpty() {
        super(new RuleInfo("ST009", "label-empty", "A label-schema label is empty", Severity.WARNING,
                List.of("DL3051")));
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, String> schema = ctx.options().config().labelSchema();
        for (Map.Entry<String, Labels.Set1> e : Labels.ofImage(ctx).entrySet()) {
            if (schema.containsKey(e.getKey()) && e.getValue().value().isBlank()) {
                ctx.report(e.getValue().pair().span(), "label " + e.getKey() + " is empty (label-schema requires a "
                        + schema.get(e.getKey()) + ")");
            }
        }
    }
}
