package dev.layerlint.cli;

import dev.layerlint.fix.AtomicWrite;
import dev.layerlint.fix.UnifiedDiff;
import dev.layerlint.rule.Fixer;
import dev.layerlint.rule.LintOptions;
import dev.layerlint.rules.Registry;
import dev.layerlint.rules.ci.CiRules;
import dev.layerlint.rules.ci.PipelineFixer;
import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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
            if (isYaml(input)) {
                int fixed = pipeline(input, source, options, out, err);
                if (fixed < 0) {
                    code = ExitCodes.ERROR;
                }
                changedFiles += Math.max(0, fixed);
                continue;
            }
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

    /** A pipeline file (YAML): fixed with the CI rules' fixes. */
    private static boolean isYaml(Inputs.Input input) {
        String name = (input.file() != null ? input.file().toString() : input.displayPath()).toLowerCase(Locale.ROOT);
        return name.endsWith(".yml") || name.endsWith(".yaml");
    }

    /** Fixes one pipeline file: 1 when it changed, 0 when not, -1 on an error. */
    private int pipeline(Inputs.Input input, SourceText source, LintOptions options, PrintWriter out,
                         PrintWriter err) {
        PipelineFixer.Outcome outcome;
        try {
            outcome = PipelineFixer.fix(source, input.file(), options.rules(), CiRules.rules(), unsafe);
        } catch (InputException e) {
            if (diff) {
                err.println(e.describe().replaceFirst(": ", ": error: "));
                return -1;
            }
            return 0; // --fix: reported by the lint pass
        }
        if (outcome.problem() != null) {
            err.println(input.displayPath() + ": warning: " + outcome.problem());
        }
        if (!outcome.changed(source.text())) {
            return 0;
        }
        if (diff) {
            out.print(UnifiedDiff.of(input.displayPath(), source.text(), outcome.text()));
            return 1;
        }
        try {
            AtomicWrite.write(input.file(), outcome.text(), source.hasBom());
            err.println("layerlint: fixed " + input.displayPath() + " (" + outcome.applied() + " fix"
                    + (outcome.applied() == 1 ? "" : "es") + ")");
            return 1;
        } catch (IOException e) {
            err.println(input.displayPath() + ": error: cannot write the fixed file: " + e.getMessage());
            return -1;
        }
    }

    private static String readOrEmpty(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
