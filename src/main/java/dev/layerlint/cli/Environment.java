package dev.layerlint.cli;

import java.io.InputStream;
import java.util.Map;

/**
 * What the CLI takes from the process: standard input, environment variables
 * and whether standard output is a terminal. Passed in, so tests run the real
 * CLI in-process.
 */
public record Environment(InputStream stdin, Map<String, String> env, boolean stdoutIsTerminal) {
    public static Environment system() {
        return new Environment(System.in, System.getenv(), System.console() != null);
    }
}
