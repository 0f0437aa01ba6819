package dev.layerlint.rules.correctness;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import java.util.List;

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
        for (Scripts.At at : Scripts.commands(ctx, Ecosystem.promptingPrograms())) {
            ShellCommand c = at.command();
            String p = c.program();
            String sub = Ecosystem.promptingVerb(c);
            if (!Ecosystem.promptingVerbs(p).contains(sub) || Ecosystem.answersYes(c)) {
                continue;
            }
            // each finding answers to its manager's hadolint code (apt asks the same question as apt-get)
            String code = switch (p) {
                case "apt-get", "apt" -> "DL3014";
                case "yum" -> "DL3030";
                case "dnf" -> "DL3038";
                default -> "DL3034";
            };
            String yes = Ecosystem.yesFlag(p);
            ctx.reportAs(List.of(code), at.in().span(c), "`" + p + " " + sub + "` without " + yes + " waits for a yes"
                    + " that never comes in a build: the step fails (or hangs); add " + yes
                    + (yes.equals("-y") ? "" : " (" + p + " " + yes + " " + sub + ")"), null);
        }
    }
}
