package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.testing.Cli;
import org.junit.jupiter.api.Test;

class CompletionCommandTest {
    @Test
    void bashAndZshScriptsKnowTheCommandsAndOptions() {
        Cli.Run bash = Cli.run("completion", "bash");
        assertThat(bash.exit()).isZero();
        assertThat(bash.out()).contains("complete -F _complete_layerlint").contains("explain").contains("--format")
                .contains("--fail-on");
        Cli.Run zsh = Cli.run("completion", "zsh");
        assertThat(zsh.out()).startsWith("autoload -U +X compinit").contains("bashcompinit");
        assertThat(Cli.run("completion", "fish").exit()).isEqualTo(2);
    }
}
