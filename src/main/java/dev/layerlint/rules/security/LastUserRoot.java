package dev.layerlint.rules.security;

import dev.layerlint.ast.User;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Stages;
import java.util.List;

/**
 * SE001: the last USER of the built image is root. Only the stage that is
 * built (the target) runs as a container; intermediate stages may build as
 * root. hadolint reports every stage; we report the image users run.
 */
public final class LastUserRoot extends BaseRule {
    public LastUserRoot() {
        super(new RuleInfo("SE001", "last-user-root", "The image runs as root: its last USER is root",
                Severity.WARNING, List.of("DL3002")));
    }

    @Override
    public void check(RuleContext ctx) {
        Stage target = ctx.model().target();
        if (target == null) {
            return;
        }
        for (Stage s : Stages.chain(target)) {
            List<User> users = Stages.of(s, User.class);
            if (!users.isEmpty()) {
                User last = users.get(users.size() - 1);
                if (s == target && last.argument() != null && isRoot(last.argument().text())) {
                    ctx.report(last.argument().span(), "the image's last USER is root, so the container runs as root:"
                            + " a compromised process owns the container; switch to an unprivileged USER after the"
                            + " steps that need root");
                }
                return;
            }
        }
    }

    static boolean isRoot(String user) {
        String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        return name.equals("root") || name.equals("0");
    }
}
