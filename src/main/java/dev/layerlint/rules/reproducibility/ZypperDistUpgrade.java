package dev.layerlint.rules.reproducibility;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import java.util.List;

/** RP012: {@code zypper dist-upgrade}: the whole distribution moves to whatever is current on build day. */
public final class ZypperDistUpgrade extends BaseRule {
    public ZypperDistUpgrade() {
        super(new RuleInfo("RP012", "zypper-dist-upgrade", "zypper dist-upgrade in a RUN", Severity.WARNING,
                List.of("DL3035")).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Scripts.At at : Scripts.commands(ctx, "zypper")) {
            String sub = at.command().subcommand("-r", "--repo", "-R", "--root");
            if (sub.equals("dist-upgrade") || sub.equals("dup")) {
                ctx.report(at.in().span(at.command()), "zypper " + sub + " upgrades the whole distribution to what"
                        + " is current when the layer is built: the image differs from build to build; use a newer"
                        + " base image instead");
            }
        }
    }
}
