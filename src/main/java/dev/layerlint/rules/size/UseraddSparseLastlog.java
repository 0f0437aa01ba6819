package dev.layerlint.rules.size;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.rules.Text;
import dev.layerlint.shell.ShellCommand;
import java.util.List;

/**
 * SZ009: {@code useradd -u} with a large UID and no {@code -l}: useradd
 * grows /var/log/lastlog and faillog to cover the UID, a sparse file that
 * layers store in full (gigabytes for UIDs in the hundreds of millions).
 */
public final class UseraddSparseLastlog extends BaseRule {
    public UseraddSparseLastlog() {
        super(new RuleInfo("SZ009", "useradd-sparse-lastlog", "useradd with a large UID and without -l bloats the layer",
                Severity.WARNING, List.of("DL3046")).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Scripts.At at : Scripts.commands(ctx, "useradd")) {
            ShellCommand c = at.command();
            String uid = c.flagValue("-u", "--uid");
            if (uid != null && uid.length() >= 6 && Text.isDigits(uid) && !c.hasFlag("-l", "--no-log-init")) {
                ctx.report(at.in().span(c), "useradd -u " + uid + " without -l (--no-log-init) writes lastlog/faillog"
                        + " entries at offset UID x record size: a sparse file the layer stores in full; add -l");
            }
        }
    }
}
