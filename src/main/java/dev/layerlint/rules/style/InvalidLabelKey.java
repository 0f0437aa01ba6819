package dev.layerlint.rules.style;

import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.ast.Label;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ST006: a LABEL key that breaks Docker's key format: letters, digits, dots
 * and hyphens, starting and ending with a letter or digit, no {@code ..} or
 * {@code --}, and not in the reserved namespaces com.docker.*, io.docker.*,
 * org.dockerproject.*.
 */
public final class InvalidLabelKey extends BaseRule {
    private static final Pattern KEY_CHARS = Pattern.compile("[A-Za-z0-9.-]+");
    private static final Pattern KEY_ENDS = Pattern.compile("[A-Za-z0-9](.*[A-Za-z0-9])?");

    public InvalidLabelKey() {
        super(new RuleInfo("ST006", "invalid-label-key", "A LABEL key is not in Docker's key format", Severity.STYLE,
                List.of("DL3048")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction i : ctx.file().instructions()) {
            if (!(i instanceof Label label)) {
                continue;
            }
            for (KeyValue kv : label.pairs()) {
                String key = kv.key().text();
                if (key.startsWith("\"") && key.endsWith("\"") && key.length() > 1) {
                    key = key.substring(1, key.length() - 1);
                }
                if (key.contains("$")) {
                    continue;
                }
                String why = problem(key);
                if (why != null) {
                    ctx.report(kv.key().span(), "label key \"" + key + "\" " + why + ": registries and scanners"
                            + " that read labels by reverse-DNS key may drop or misread it");
                }
            }
        }
    }

    static String problem(String key) {
        if (key.startsWith("com.docker.") || key.startsWith("io.docker.") || key.startsWith("org.dockerproject.")) {
            return "uses a namespace reserved for Docker";
        }
        if (!KEY_CHARS.matcher(key).matches()) {
            return "has characters other than letters, digits, '.' and '-'";
        }
        if (!KEY_ENDS.matcher(key).matches()) {
            return "must start and end with a letter or digit";
        }
        if (key.contains("..") || key.contains("--")) {
            return "has a doubled '.' or '-'";
        }
        return null;
    }
}
