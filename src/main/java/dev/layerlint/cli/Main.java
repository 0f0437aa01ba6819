package dev.layerlint.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/** Entry point: the only place that ends the process. */
public final class Main {
    private static final Set<String> SUBCOMMANDS = Set.of("check", "parse", "explain", "rules", "rule", "completion", "help");

    private Main() {
    }

    public static void main(String[] args) {
        // standard output through one 64 KB buffer, flushed before exit: System.out flushes every line, and a
        // report of a few thousand findings became tens of thousands of write calls
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, Environment.system(), out, err);
        out.flush();
        err.flush();
        // halt, not exit: everything is written and no shutdown hooks are ours, and on JDK 21+ System.exit
        // first sets up the platform logging (to log the exit), a few ms of a one-file run for nothing
        Runtime.getRuntime().halt(code);
    }

    /** Runs the CLI in-process and returns the exit code. */
    public static int run(String[] args, Environment environment, PrintWriter out, PrintWriter err) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // what picocli prints, without building its command model (~150 ms): scripts ask this often
            for (String line : new VersionProvider().getVersion()) {
                out.println(line);
            }
            out.flush();
            return ExitCodes.OK;
        }
        String[] full = withDefaultCommand(args);
        if (full[0].equals("check")) {
            CheckOptions fast = CheckArgs.parse(Arrays.asList(full).subList(1, full.length));
            if (fast != null) {
                try {
                    int code = CheckCommand.run(environment, fast, out, err);
                    out.flush();
                    err.flush();
                    return code;
                } catch (Exception e) {
                    return LayerlintCommand.internalError(e, environment, err);
                }
            }
        }
        return LayerlintCommand.commandLine(environment, out, err).execute(full);
    }

    /** {@code layerlint [check] PATH...}: without a subcommand, arguments go to {@code check}. */
    static String[] withDefaultCommand(String[] args) {
        if (args.length > 0 && (SUBCOMMANDS.contains(args[0]) || Set.of("-h", "--help", "-V", "--version")
                .contains(args[0]))) {
            return args;
        }
        String[] withCheck = new String[args.length + 1];
        withCheck[0] = "check";
        System.arraycopy(args, 0, withCheck, 1, args.length);
        return withCheck;
    }
}
