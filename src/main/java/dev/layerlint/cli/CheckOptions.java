package dev.layerlint.cli;

import dev.layerlint.cache.Builder;
import dev.layerlint.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command line of one {@code check} run, as parsed (options are declared in CheckOption). */
final class CheckOptions {
    enum Format { TEXT, JSON, SARIF, CHECKSTYLE, GITLAB, GITHUB, GNU, JUNIT }

    /** One {@code --format F [--output FILE]} pair; without --output the format goes to standard output. */
    static final class Output {
        final Format format;
        Path output;

        Output(Format format) {
            this.format = format;
        }
    }

    /** The options given on the command line (as opposed to left at their defaults). */
    final Set<CheckOption> given = EnumSet.noneOf(CheckOption.class);

    final List<String> paths = new ArrayList<>();
    final List<Output> outputs = new ArrayList<>();
    Boolean shellcheck;
    boolean reportUnusedIgnores;
    boolean exitZero;
    String stdinFilename = "<stdin>";
    ExitPolicy.FailOn failOn = ExitPolicy.FailOn.WARNING;
    ColorMode color = ColorMode.AUTO;
    boolean quiet;
    Builder builder = Builder.BUILDKIT;
    Path context;
    final Map<String, String> buildArgs = new LinkedHashMap<>();
    final Set<String> volatileArgs = new LinkedHashSet<>();
    String target;
    Path configFile;
    List<String> select;
    final List<String> ignore = new ArrayList<>();
    final Map<String, Severity> severities = new LinkedHashMap<>();
    boolean fix;
    boolean unsafeFixes;
    boolean diff;

    boolean given(CheckOption option) {
        return given.contains(option);
    }
}
