package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Env;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.model.Binding;
import dev.layerlint.model.Scope;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Stages;
import java.util.ArrayList;
import java.util.List;

/**
 * BU009: an ENV value refers to a variable set earlier in the same ENV. All
 * values of one ENV are expanded with the environment from before it, so the
 * reference sees the old value (or nothing), not the one just assigned.
 */
public final class EnvSelfReference extends BaseRule {
    public EnvSelfReference() {
        super(new RuleInfo("BU009", "env-self-reference",
                "An ENV value uses a variable assigned earlier in the same ENV, which it does not see yet",
                Severity.ERROR, List.of("DL3044")).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction outer : ctx.file().instructions()) {
            if (!(Stages.unwrap(outer) instanceof Env env) || env.legacyForm()) {
                continue;
            }
            List<String> assigned = new ArrayList<>();
            for (KeyValue kv : env.pairs()) {
                if (kv.value() != null) {
                    for (String name : assigned) {
                        if (mentions(kv.value().text(), name)) {
                            Scope before = ctx.model().scopeBefore(outer);
                            Binding old = before == null ? null : before.get(name);
                            String sees = old != null && old.hasValue() ? "its previous value \"" + old.value() + "\""
                                    : "an empty value";
                            ctx.report(kv.value().span(), "$" + name + " is assigned in this same ENV, but every value"
                                    + " of one ENV is expanded before any is set: " + kv.key().text() + " gets " + sees
                                    + "; split it into two ENV instructions");
                            break;
                        }
                    }
                }
                assigned.add(kv.key().text());
            }
        }
    }

    static boolean mentions(String text, String name) {
        int from = 0;
        while ((from = text.indexOf('$', from)) >= 0) {
            int k = from + 1;
            if (k < text.length() && text.charAt(k) == '{') {
                k++;
            }
            if (text.startsWith(name, k)) {
                int end = k + name.length();
                if (end == text.length() || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    return true;
                }
            }
            from++;
        }
        return false;
    }
}
