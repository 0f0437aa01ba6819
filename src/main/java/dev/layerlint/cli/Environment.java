package dev.layerlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the CLI takes from the process: standard input, environment variables
 * and whether standard output is a terminal. Passed in, so tests run the real
 * CLI in-process.
 */
public record Environment(InputStream stdin, Map<String, String> env, boolean stdoutIsTerminal) {
    public static Environment system() {
        return new Environment(System.in, System.getenv(), stdoutIsATerminal());
    }

    /**
     * On Linux, {@code /proc/self/fd/1} names the terminal device when standard
     * output is one; elsewhere {@code System.console()} tells (which also asks
     * that standard input be a terminal, and on JDK 22+ first looks up console
     * providers through a ServiceLoader: ~1.5 ms of a one-file run).
     */
    static boolean stdoutIsATerminal() {
        try {
            Path stdout = Path.of("/proc/self/fd/1");
            if (Files.isSymbolicLink(stdout)) {
                return isTerminalDevice(Files.readSymbolicLink(stdout).toString());
            }
        } catch (IOException | RuntimeException e) {
            // no /proc: ask the JDK
        }
        return System.console() != null;
    }

    /** Whether a device path (what /proc/self/fd/N links to) is a terminal: a pseudo-terminal or a tty. */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
