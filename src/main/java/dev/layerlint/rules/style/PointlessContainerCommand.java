package dev.layerlint.rules.style;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import java.util.List;

/** ST003: commands that make no sense while building an image (ssh, vim, shutdown, service, ps, free, top, kill, mount). */
public final class PointlessContainerCommand extends BaseRule {
    private static final String[] PROGRAMS = {"ssh", "vim", "shutdown", "service", "ps", "free", "top", "kill", "mount",
        "ifconfig"};

    public PointlessContainerCommand() {
        super(new RuleInfo("ST003", "pointless-container-command",
                "A RUN uses an interactive or system command that does nothing useful in a build", Severity.INFO,
                List.of("DL3001")).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Scripts.At at : Scripts.commands(ctx, PROGRAMS)) {
            if (at.command().isProgram("kill") && at.command().args().stream().anyMatch(a -> a.dynamic())) {
                continue; // killing a process this RUN started in the background ($pid) is legitimate
            }
            ctx.report(at.in().span(at.command()), at.command().program() + " in a RUN: there is no terminal, init"
                    + " system or running service during a build, so it does nothing useful here (or hangs)");
        }
    }
}
