package dev.layerlint.rules.size;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import java.util.List;

/** SZ003: {@code apt-get install} without {@code --no-install-recommends}. */
public final class AptInstallRecommends extends BaseRule {
    public AptInstallRecommends() {
        super(new RuleInfo("SZ003", "apt-install-recommends", "apt-get install also installs recommended packages",
                Severity.INFO, List.of("DL3015")).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Scripts.At at : Scripts.commands(ctx, "apt-get", "apt")) {
            ShellCommand c = at.command();
            if (c.subcommand("-o", "-c", "-t", "--target-release").equals("install")
                    && !c.hasFlag("--no-install-recommends") && !c.toString().contains("Install-Recommends=false")
                    && !c.toString().contains("Install-Recommends=0")) {
                ctx.report(at.in().span(c), c.program() + " install without --no-install-recommends also installs"
                        + " every \"recommended\" package: often tens of MB nobody asked for, in every layer built"
                        + " from it");
            }
        }
    }
}
