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
 * BU030: a RUN whose last command sources an environment file
 * ({@code source ~/.bashrc}, {@code . venv/bin/activate},
 * {@code bash -c "source /opt/ros/setup.bash"}): what it sets dies with the
 * RUN's shell, so no later step sees it. Only files that set an environment
 * are read so (shell rc and profile files, activate/enable/env scripts): a
 * sourced installer does its work either way.
 */
public final class SourceInOwnRun extends BaseRule {
    private static final Set<String> ENV_FILES = Set.of(".bashrc", ".profile", ".bash_profile", ".zshrc",
            ".zprofile", "profile", "bash.bashrc", "environment", "activate", "enable", "env", ".env", "nvm.sh",
            "setup.bash", "setup.sh", "setup.zsh", "local_setup.bash", "conda.sh", "setvars.sh", "os-release",
            "sdkman-init.sh", "asdf.sh", "rvm");

    public SourceInOwnRun() {
        super(new RuleInfo("BU030", "source-in-own-run",
                "A RUN ends by sourcing an environment file, whose settings are lost when the RUN's shell exits",
                Severity.WARNING, List.of()).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Scripts.RunScript r : Scripts.of(ctx)) {
            List<ShellCommand> cs = r.script().commands();
            if (cs.isEmpty()) {
                continue;
            }
            ShellCommand last = cs.get(cs.size() - 1);
            if (!last.isProgram("source", ".") || last.args().isEmpty() || last.args().get(0).dynamic()) {
                continue;
            }
            String file = last.args().get(0).value();
            String name = file.substring(file.lastIndexOf('/') + 1);
            if (!ENV_FILES.contains(name) && !name.endsWith("env.sh") && !name.endsWith("rc")) {
                continue;
            }
            ctx.report(r.span(last), "`" + last + "` is the last thing this RUN does: the variables and PATH it"
                    + " sets live in the RUN's shell, which exits right after, so no later step sees them; set them"
                    + " with ENV, or source " + file + " at the start of each RUN that needs it");
        }
    }
}
