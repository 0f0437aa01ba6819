package dev.layerlint.rules.style;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;
import java.util.Map;

/** ST008: with {@code strict-labels: true}, a label that the {@code label-schema} does not list. */
public final class LabelNotInSchema extends BaseRule {
    public LabelNotInSchema() {
        super(new RuleInfo("ST008", "label-not-in-schema", "A label is not in label-schema (strict-labels)",
                Severity.INFO, List.of("DL3050")));
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, String> schema = ctx.options().config().labelSchema();
        if (schema.isEmpty() || !ctx.options().config().strictLabels()) {
            return;
        }
        for (Map.Entry<String, Labels.Set1> e : Labels.ofImage(ctx).entrySet()) {
            if (!schema.containsKey(e.getKey())) {
                ctx.report(e.getValue().pair().key().span(), "label " + e.getKey() + " is not in label-schema, and"
                        + " strict-labels allows only those");
            }
        }
    }
}
