package dev.layerlint.rules.correctness;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellWord;
import java.util.List;

/** BU014: {@code ln -s ... /bin/sh} swaps the shell under every later RUN; the SHELL instruction says it openly. */
public final class ShellReplacedBySymlink extends BaseRule {
    public ShellReplacedBySymlink() {
        super(new RuleInfo("BU014", "shell-replaced-by-symlink", "A RUN replaces /bin/sh with a symlink; use SHELL",
                Severity.WARNING, List.of("DL4005")).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Scripts.At at : Scripts.commands(ctx, "ln")) {
            List<ShellWord> pos = at.command().positionals();
            if (!pos.isEmpty() && pos.get(pos.size() - 1).value().equals("/bin/sh")) {
                ctx.report(at.in().span(at.command()), "linking /bin/sh changes the shell of every later RUN (and of"
                        + " the image's users) without saying so: use SHELL [\"/bin/bash\", \"-c\"] for the RUNs that"
                        + " need another shell");
            }
        }
    }
}
