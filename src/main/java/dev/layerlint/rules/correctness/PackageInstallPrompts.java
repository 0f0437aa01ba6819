package dev.layerlint.rules.correctness;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.Set;

/**
 * BU021: a package install that would ask for confirmation (apt-get or apt
 * without -y, yum/dnf without -y, zypper without -n/-y): with no terminal
 * the build aborts. Each finding answers to its manager's hadolint code.
 */
public final class PackageInstallPrompts extends BaseRule {
    public PackageInstallPrompts() {
        super(new RuleInfo("BU021", "package-install-prompts",
                "A package install asks for confirmation (no -y), which aborts a non-interactive build",
                Severity.WARNING, List.of("DL3014", "DL3030", "DL3034", "DL3038")).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Scripts.At at : Scripts.commands(ctx, "apt-get", "apt", "yum", "dnf", "zypper")) {
            ShellCommand c = at.command();
            String p = c.program();
            String sub = c.subcommand("-o", "-c", "-t", "--target-release", "--setopt", "--installroot", "-r",
                    "--repo", "--root");
            String code;
            boolean yes;
            switch (p) {
                case "apt-get", "apt" -> { // apt asks the same question (BU026 turns it into apt-get)
                    code = "DL3014";
                    yes = !Set.of("install", "upgrade", "dist-upgrade", "full-upgrade", "remove", "purge",
                            "autoremove", "build-dep").contains(sub) || c.hasFlag("-y", "--yes", "--assume-yes", "-qq",
                            "-s", "--simulate", "--dry-run", "--just-print", "--no-act", "--recon")
                            || c.hasFlag("-q=2", "--quiet=2") || c.args().stream().filter(a -> a.value().equals("-q"))
                            .count() >= 2 || c.toString().contains("APT::Get::Assume-Yes=true");
                }
                case "yum" -> {
                    code = "DL3030";
                    yes = !Set.of("install", "groupinstall", "localinstall", "update", "upgrade", "remove", "erase",
                            "reinstall", "downgrade").contains(sub) || c.hasFlag("-y", "--assumeyes");
                }
                case "dnf" -> {
                    code = "DL3038";
                    yes = !Set.of("install", "groupinstall", "localinstall", "update", "upgrade", "remove", "erase",
                            "reinstall", "downgrade").contains(sub) || c.hasFlag("-y", "--assumeyes");
                }
                default -> {
                    code = "DL3034";
                    yes = !Set.of("install", "in", "remove", "rm", "source-install", "si", "patch", "update", "up",
                            "dist-upgrade", "dup").contains(sub) || c.hasFlag("-n", "--non-interactive", "-y",
                            "--no-confirm");
                }
            }
            if (!yes) {
                ctx.reportAs(List.of(code), at.in().span(c), "`" + p + " " + sub + "` without "
                        + (p.equals("zypper") ? "-n" : "-y") + " waits for a yes that never comes in a build: the"
                        + " step fails (or hangs); add " + (p.equals("zypper") ? "-n (zypper -n " + sub + ")"
                        : "-y"), null);
            }
        }
    }
}
