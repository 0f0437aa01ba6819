package dev.layerlint.rules.style;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;
import java.util.Map;

/**
 * ST010: a label-schema label whose value does not match its type (url,
 * rfc3339, spdx, hash, semver, email). Each finding answers to the hadolint
 * code of its type (DL3052 url, DL3053 rfc3339, DL3054 spdx, DL3055 hash,
 * DL3056 semver, DL3058 email).
 */
public final class LabelWrongType extends BaseRule {
    private static final Map<String, String> CODES = Map.of("url", "DL3052", "rfc3339", "DL3053", "spdx", "DL3054",
            "hash", "DL3055", "semver", "DL3056", "email", "DL3058");

    public LabelWrongType() {
        super(new RuleInfo("ST010", "label-wrong-type", "A label-schema label's value does not match its type",
                Severity.WARNING, List.of("DL3052", "DL3053", "DL3054", "DL3055", "DL3056", "DL3058")));
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, String> schema = ctx.options().config().labelSchema();
        for (Map.Entry<String, Labels.Set1> e : Labels.ofImage(ctx).entrySet()) {
            String type = schema.get(e.getKey());
            String value = e.getValue().value();
            if (type == null || value.isBlank() || value.contains("$")) {
                continue;
            }
            String problem = Labels.typeProblem(type, value);
            if (problem != null && e.getValue().pair().value() != null) {
                ctx.reportAs(List.of(CODES.get(type)), e.getValue().pair().value().span(), "label " + e.getKey()
                        + " = \"" + value + "\" " + problem + " (label-schema type " + type + ")", null);
            }
        }
    }
}
