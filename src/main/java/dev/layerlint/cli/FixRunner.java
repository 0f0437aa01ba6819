package dev.layerlint.cli;

import dev.layerlint.fix.AtomicWrite;
import dev.layerlint.fix.UnifiedDiff;
import dev.layerlint.rule.Fixer;
import dev.layerlint.rule.LintOptions;
import dev.layerlint.rules.Registry;
import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** --fix, --unsafe-fixes, --diff: fix each file atomically, or print the diff and write nothing. */
final class FixRunner {
    private final Environment environment;
    private final SettingsResolver settings;
    private final boolean unsafe;
    private final boolean diff;

    FixRunner(Environment environment, SettingsResolver settings, boolean unsafe, boolean diff) {
        this.environment = environment;
        this.settings = settings;
        this.unsafe = unsafe;
        this.diff = diff;
    }

    /** 0, or 2 when a file could not be fixed (or, with --diff, read). */
    int run(List<Inputs.Input> inputs, PrintWriter out, PrintWriter err) {
        int code = ExitCodes.OK;
        int changedFiles = 0;
        for (Inputs.Input input : inputs) {
            SourceText source;
            try {
                source = Inputs.load(input, environment);
            } catch (InputException e) {
                if (diff) { // no lint pass follows to report it
                    err.println(e.describe().replaceFirst(": ", ": error: "));
                    code = ExitCodes.ERROR;
                }
                continue; // --fix: reported by the lint pass
            }
            if (input.file() == null && !diff) {
                err.println("layerlint: --fix cannot write standard input; use --diff");
                return ExitCodes.ERROR;
            }
            LintOptions options = settings.lintOptions(input);
            Fixer.Outcome outcome = Fixer.fix(source, input.file(), options, Registry.rules(), unsafe);
            if (!outcome.changed(source.text())) {
                continue;
            }
            changedFiles++;
            if (diff) {
                out.print(UnifiedDiff.of(input.displayPath(), source.text(), outcome.dockerfile()));
                for (var other : outcome.otherFiles().entrySet()) {
                    Path p = options.context().resolve(other.getKey());
                    String before = readOrEmpty(p);
                    out.print(UnifiedDiff.of(p.toString(), before, other.getValue()));
                }
                continue;
            }
            try {
                if (!outcome.dockerfile().equals(source.text())) {
                    AtomicWrite.write(input.file(), outcome.dockerfile(), source.hasBom());
                }
                for (var other : outcome.otherFiles().entrySet()) {
                    AtomicWrite.write(options.context().resolve(other.getKey()), other.getValue(), false);
                }
                err.println("layerlint: fixed " + input.displayPath() + " (" + outcome.applied() + " fix"
                        + (outcome.applied() == 1 ? "" : "es") + ")");
            } catch (IOException e) {
                err.println(input.displayPath() + ": error: cannot write the fixed file: " + e.getMessage());
                code = ExitCodes.ERROR;
            }
        }
        if (diff && changedFiles == 0) {
            err.println("layerlint: nothing to fix");
        }
        out.flush();
        return code;
    }

    private static String readOrEmpty(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
