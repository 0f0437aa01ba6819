package dev.layerlint.rules.security;

import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.User;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.rules.Stages;
import dev.layerlint.rules.Text;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
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
                    String uid = uidCreated(ctx, stage, name);
                    ctx.report(u.argument().span(), "USER " + user + " is a name: policies like Kubernetes'"
                            + " runAsNonRoot can only verify a numeric UID, so the pod is refused; "
                            + (uid != null ? "this file creates " + name + " with UID " + uid + ", so write USER " + uid
                            : "write its UID instead (id -u " + name + " in the image prints it)"));
                }
            }
        }
    }

    /** The UID a useradd/adduser in the stage (or a stage it is built on) gives the user, or null. */
    private static String uidCreated(RuleContext ctx, Stage stage, String name) {
        for (Stage s : Stages.chain(stage)) {
            for (Scripts.RunScript r : Scripts.of(ctx, s)) {
                for (ShellCommand c : r.script().commands("useradd", "adduser")) {
                    List<ShellWord> args = c.args();
                    if (args.isEmpty() || !args.get(args.size() - 1).value().equals(name)) {
                        continue;
                    }
                    String uid = c.flagValue("-u", "--uid");
                    if (uid != null && Text.isDigits(uid)) {
                        return uid;
                    }
                }
            }
        }
        return null;
    }

    /** The built-in accounts of Windows container images (the base may be an ARG, so its name is unknown). */
    private static boolean windowsAccount(String name) {
        return name.equalsIgnoreCase("ContainerUser") || name.equalsIgnoreCase("ContainerAdministrator");
    }
}
