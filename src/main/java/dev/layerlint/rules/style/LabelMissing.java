package dev.layerlint.rules.style;

import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;
import java.util.Map;

/** ST007: a label of the configured {@code label-schema} is not set on the built image. */
public final class LabelMissing extends BaseRule {
    public LabelMissing() {
        super(new RuleInfo("ST007", "label-missing", "A label required by label-schema is missing", Severity.INFO,
                List.of("DL3049")));
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, String> schema = ctx.options().config().labelSchema();
        Stage target = ctx.model().target();
        if (schema.isEmpty() || target == null) {
            return;
        }
        Map<String, Labels.Set1> labels = Labels.ofImage(ctx);
        for (String key : schema.keySet().stream().sorted().toList()) {
            if (!labels.containsKey(key)) {
                ctx.report(target.from().keyword().span(), "the image has no label " + key + " (required by"
                        + " label-schema, type " + schema.get(key) + ")");
            }
        }
    }
}
