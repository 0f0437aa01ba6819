package dev.layerlint.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code layerlint completion bash|zsh}: a completion script for the shell. */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print a shell completion script.", "  bash: source <(layerlint completion bash)",
                "  zsh:  source <(layerlint completion zsh)"})
final class CompletionCommand implements Callable<Integer> {
    enum Shell { BASH, ZSH }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}")
    Shell shell;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("layerlint", spec.root().commandLine());
        if (shell == Shell.ZSH) {
            script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
        }
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
