package dev.layerlint.testing;

import dev.layerlint.cli.Environment;
import dev.layerlint.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the real CLI in-process. */
public final class Cli {
    /** Exit code and what went to each stream. */
    public record Run(int exit, String out, String err) {
    }

    private Cli() {
    }

    public static Run run(String... args) {
        return runWithStdin("", args);
    }

    public static Run runWithStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Environment env = new Environment(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                Map.of(), false);
        int exit = Main.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }
}
