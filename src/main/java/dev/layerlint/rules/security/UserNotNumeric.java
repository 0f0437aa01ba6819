package dev.layerlint.rules.security;

import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.User;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Text;
import java.util.List;

/**
 * SE005: USER by name. Kubernetes' runAsNonRoot (and similar policies) can
 * only verify a numeric UID; a name makes the pod fail admission.
 * Variables are accepted (their value is unknown).
 */
public final class UserNotNumeric extends BaseRule {
    public UserNotNumeric() {
        super(new RuleInfo("SE005", "user-not-numeric", "USER names a user instead of a numeric UID", Severity.INFO,
                List.of("DL3066")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction i : ctx.file().instructions()) {
            if (i instanceof User u && u.argument() != null) {
                String user = u.argument().text();
                String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
                if (!Text.isDigits(name) && !name.contains("$") && !name.equals("root")) {
                    ctx.report(u.argument().span(), "USER " + user + " is a name: policies like Kubernetes'"
                            + " runAsNonRoot can only verify a numeric UID, so the pod is refused; use the UID"
                            + " (USER 10001:10001)");
                }
            }
        }
    }
}
