package dev.layerlint.rules.security;

import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.User;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Text;
import java.util.List;

/**
 * SE005: USER by name. Kubernetes' runAsNonRoot (and similar policies) can
 * only verify a numeric UID; a name makes the pod fail admission.
 * Variables are accepted (their value is unknown). Windows images are left
 * alone: their users have no numeric id (ContainerUser, ContainerAdministrator)
 * and Kubernetes checks them by name (runAsUserName).
 */
public final class UserNotNumeric extends BaseRule {
    public UserNotNumeric() {
        super(new RuleInfo("SE005", "user-not-numeric", "USER names a user instead of a numeric UID", Severity.INFO,
                List.of("DL3066")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            if (stage.isWindows()) {
                continue;
            }
            for (Instruction i : stage.instructions()) {
                if (!(i instanceof User u) || u.argument() == null) {
                    continue;
                }
                String user = u.argument().text();
                String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
                if (!Text.isDigits(name) && !name.contains("$") && !name.equals("root") && !windowsAccount(name)) {
                    ctx.report(u.argument().span(), "USER " + user + " is a name: policies like Kubernetes'"
                            + " runAsNonRoot can only verify a numeric UID, so the pod is refused; use the UID"
                            + " (USER 10001:10001)");
                }
            }
        }
    }

    /** The built-in accounts of Windows container images (the base may be an ARG, so its name is unknown). */
    private static boolean windowsAccount(String name) {
        return name.equalsIgnoreCase("ContainerUser") || name.equalsIgnoreCase("ContainerAdministrator");
    }
}
