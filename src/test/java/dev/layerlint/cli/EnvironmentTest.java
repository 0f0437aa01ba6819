package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnvironmentTest {
    @Test
    void terminalDevicesAreThePseudoTerminalsTtysAndTheConsole() {
        assertThat(Environment.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(Environment.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(Environment.isTerminalDevice("/dev/ttyS0")).isTrue();
        assertThat(Environment.isTerminalDevice("/dev/console")).isTrue();
    }

    @Test
    void pipesFilesAndDevNullAreNotTerminals() {
        assertThat(Environment.isTerminalDevice("pipe:[48213]")).isFalse();
        assertThat(Environment.isTerminalDevice("socket:[1234]")).isFalse();
        assertThat(Environment.isTerminalDevice("/dev/null")).isFalse();
        assertThat(Environment.isTerminalDevice("/tmp/out.txt")).isFalse();
        assertThat(Environment.isTerminalDevice("/home/u/dev/pts/x")).isFalse();
    }

    @Test
    void theTestRunnersOutputIsNotATerminal() {
        // surefire's forked JVM writes to a pipe or a file
        assertThat(Environment.stdoutIsATerminal()).isFalse();
    }
}
