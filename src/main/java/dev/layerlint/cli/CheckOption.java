package dev.layerlint.cli;

import dev.layerlint.cache.Builder;
import dev.layerlint.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every option of {@code check}, declared once: its names, value label, type
 * and help. The fast command-line parser (CheckArgs) reads this table, and
 * picocli's model of the command (CheckSpec: help, errors, completion) is
 * built from it; both store a value through {@link #apply}.
 */
enum CheckOption {
    FORMAT("FORMAT", CheckOptions.Format.class, "Output format: ${COMPLETION-CANDIDATES} (default: text). "
            + "Repeatable, each optionally followed by --output.", "--format"),
    OUTPUT("FILE", Path.class, "Write the preceding --format to FILE.", "--output"),
    SHELLCHECK(null, Boolean.class, "Check shell-form RUN scripts with the shellcheck binary on PATH (SC findings at "
            + "their exact line and column).", "--shellcheck"),
    REPORT_UNUSED_IGNORES(null, boolean.class, "Report ignore comments that suppress nothing (ST001).",
            "--report-unused-ignores"),
    EXIT_ZERO(null, boolean.class, "Exit 0 even when there are findings (2 still means unusable input).",
            "--exit-zero"),
    STDIN_FILENAME("NAME", String.class, "Name to report for standard input (default: ${DEFAULT-VALUE}).",
            "--stdin-filename"),
    FAIL_ON("LEVEL", ExitPolicy.FailOn.class, "Lowest severity that makes the exit code 1: "
            + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).", "--fail-on"),
    COLOR("WHEN", ColorMode.class, "Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; "
            + "NO_COLOR disables auto).", "--color"),
    QUIET(null, boolean.class, "Print findings only, no summary line.", "-q", "--quiet"),
    BUILDER("BUILDER", Builder.class, "Whose cache rules apply: ${COMPLETION-CANDIDATES} (default: "
            + "${DEFAULT-VALUE}).", "--builder"),
    CONTEXT("DIR", Path.class, "The build context (default: the folder of each Dockerfile; none for standard "
            + "input).", "--context"),
    BUILD_ARG("NAME=VALUE", Map.class, "A build argument, as given to docker build (repeatable).", "--build-arg"),
    VOLATILE_ARG("NAME", Set.class, "A build argument whose value changes on every build, besides those recognised "
            + "by name (repeatable).", "--volatile-arg"),
    TARGET("STAGE", String.class, "The stage to build (default: the last).", "--target"),
    CONFIG("FILE", Path.class, "The configuration file (default: the nearest .layerlint.yaml upwards from each "
            + "Dockerfile, else a .hadolint.yaml).", "--config"),
    SELECT("RULE", List.class, "Run only these rules (codes, names, aliases or prefixes like CA).", "--select"),
    IGNORE("RULE", List.class, "Do not run these rules.", "--ignore"),
    SEVERITY("RULE=LEVEL", Map.class, "Report a rule at another severity (error, warning, info, style); "
            + "repeatable.", "--severity"),
    FIX(null, boolean.class, "Apply safe fixes to the files (atomically), then report what is left.", "--fix"),
    UNSAFE_FIXES(null, boolean.class, "Also apply unsafe fixes (implies --fix unless --diff).", "--unsafe-fixes"),
    DIFF(null, boolean.class, "Print a unified diff of what --fix (or --unsafe-fixes) would change; write nothing.",
            "--diff");

    /** The names, the long one last. */
    final List<String> names;
    /** The value's label in help; null for a flag. */
    final String paramLabel;
    /** The value's type as picocli sees it (a collection for a repeatable option). */
    final Class<?> type;
    final String description;

    CheckOption(String paramLabel, Class<?> type, String description, String... names) {
        this.names = List.of(names);
        this.paramLabel = paramLabel;
        this.type = type;
        this.description = description;
    }

    String longName() {
        return names.get(names.size() - 1);
    }

    boolean isFlag() {
        return paramLabel == null;
    }

    /** A flag with a {@code --no-} form: its value is null when neither is given. */
    boolean isNegatable() {
        return type == Boolean.class;
    }

    /** The {@code RULE[,RULE...]} options. */
    boolean splitsOnComma() {
        return this == SELECT || this == IGNORE;
    }

    /** {@code --format F [--output FILE]} pairs: a group in picocli's model. */
    boolean inOutputGroup() {
        return this == FORMAT || this == OUTPUT;
    }

    /** The option that a command-line word names (a {@code --no-} form included), or null. */
    static CheckOption named(String name) {
        for (CheckOption option : values()) {
            if (option.names.contains(name) || option.isNegatable() && name.equals("--no-" + option.longName()
                    .substring(2))) {
                return option;
            }
        }
        return null;
    }

    /** Sets a flag: true, or false for a {@code --no-} form. */
    void set(CheckOptions o, boolean on) {
        switch (this) {
            case SHELLCHECK -> o.shellcheck = on;
            case REPORT_UNUSED_IGNORES -> o.reportUnusedIgnores = on;
            case EXIT_ZERO -> o.exitZero = on;
            case QUIET -> o.quiet = on;
            case FIX -> o.fix = on;
            case UNSAFE_FIXES -> o.unsafeFixes = on;
            case DIFF -> o.diff = on;
            default -> throw new IllegalStateException(this + " takes a value");
        }
    }

    /**
     * Stores one value as given on the command line (repeatable options add
     * to what is there); an IllegalArgumentException for a value the option
     * does not take. Enum values are matched without regard to case, as
     * picocli is configured to.
     */
    void apply(CheckOptions o, String value) {
        switch (this) {
            case FORMAT -> o.outputs.add(new CheckOptions.Output(enumValue(CheckOptions.Format.class, value)));
            case OUTPUT -> {
                CheckOptions.Output last = o.outputs.isEmpty() ? null : o.outputs.get(o.outputs.size() - 1);
                if (last == null || last.output != null) {
                    throw new IllegalArgumentException("--output without a --format before it");
                }
                last.output = Path.of(value);
            }
            case STDIN_FILENAME -> o.stdinFilename = value;
            case FAIL_ON -> o.failOn = enumValue(ExitPolicy.FailOn.class, value);
            case COLOR -> o.color = enumValue(ColorMode.class, value);
            case BUILDER -> o.builder = enumValue(Builder.class, value);
            case CONTEXT -> o.context = Path.of(value);
            case BUILD_ARG -> o.buildArgs.put(key(value), value.substring(value.indexOf('=') + 1));
            case VOLATILE_ARG -> o.volatileArgs.add(value);
            case TARGET -> o.target = value;
            case CONFIG -> o.configFile = Path.of(value);
            case SELECT -> {
                if (o.select == null) {
                    o.select = new ArrayList<>();
                }
                o.select.addAll(List.of(value.split(",", -1)));
            }
            case IGNORE -> o.ignore.addAll(List.of(value.split(",", -1)));
            case SEVERITY -> o.severities.put(key(value), enumValue(Severity.class,
                    value.substring(value.indexOf('=') + 1)));
            default -> throw new IllegalStateException(this + " is a flag");
        }
    }

    /** The value shown as {@code ${DEFAULT-VALUE}} in help: what an unset option holds. */
    Object initialValue() {
        CheckOptions defaults = new CheckOptions();
        return switch (this) {
            case STDIN_FILENAME -> defaults.stdinFilename;
            case FAIL_ON -> defaults.failOn;
            case COLOR -> defaults.color;
            case BUILDER -> defaults.builder;
            default -> null;
        };
    }

    private static String key(String keyValue) {
        int at = keyValue.indexOf('=');
        if (at <= 0) {
            throw new IllegalArgumentException("not NAME=VALUE: " + keyValue);
        }
        return keyValue.substring(0, at);
    }

    /** picocli's enum conversion with case-insensitive values: the name that matches. */
    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
