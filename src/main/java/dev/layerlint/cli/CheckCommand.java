package dev.layerlint.cli;

import dev.layerlint.report.FileReport;
import dev.layerlint.report.CheckstyleReporter;
import dev.layerlint.report.GithubReporter;
import dev.layerlint.report.GitlabReporter;
import dev.layerlint.report.GnuReporter;
import dev.layerlint.report.JsonReporter;
import dev.layerlint.report.JunitReporter;
import dev.layerlint.report.SarifReporter;
import dev.layerlint.report.Reporter;
import dev.layerlint.report.ReportPaths;
import dev.layerlint.report.TextReporter;
import dev.layerlint.rule.Finding;
import dev.layerlint.fix.AtomicWrite;
import dev.layerlint.fix.UnifiedDiff;
import dev.layerlint.rule.Fixer;
import dev.layerlint.config.Config;
import dev.layerlint.config.ConfigException;
import dev.layerlint.config.ConfigLoader;
import dev.layerlint.rule.LintOptions;
import dev.layerlint.rule.RuleSettings;
import dev.layerlint.rule.Linter;
import dev.layerlint.rules.Registry;
import dev.layerlint.rule.Severity;
import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceText;
import dev.layerlint.cache.Builder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layerlint check PATH...}: lint files, directories or standard input. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lint Dockerfiles: files, directories (searched for Dockerfile, Dockerfile.*, *.Dockerfile,"
                + " Containerfile; .git, node_modules and target skipped) or - for standard input.")
final class CheckCommand implements Callable<Integer> {
    enum Format { TEXT, JSON, SARIF, CHECKSTYLE, GITLAB, GITHUB, GNU, JUNIT }

    /** One {@code --format F [--output FILE]} pair; without --output the format goes to standard output. */
    static final class Output {
        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Output format: "
                + "${COMPLETION-CANDIDATES} (default: text). Repeatable, each optionally followed by --output.")
        Format format;

        @Option(names = "--output", paramLabel = "FILE", description = "Write the preceding --format to FILE.")
        Path output;
    }

    enum FailOn {
        ERROR, WARNING, INFO, STYLE, NONE;

        boolean fails(Severity severity) {
            return this != NONE && severity.atLeast(Severity.valueOf(name()));
        }
    }

    private final Environment environment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Dockerfiles or directories; - reads stdin.")
    List<String> paths = new ArrayList<>();

    @CommandLine.ArgGroup(exclusive = false, multiplicity = "0..*")
    List<Output> outputs = new ArrayList<>();

    @Option(names = "--shellcheck", negatable = true, description = "Check shell-form RUN scripts with the shellcheck "
            + "binary on PATH (SC findings at their exact line and column).")
    Boolean shellcheck;

    @Option(names = "--report-unused-ignores", description = "Report ignore comments that suppress nothing (ST001).")
    boolean reportUnusedIgnores;

    @Option(names = "--exit-zero", description = "Exit 0 even when there are findings (2 still means unusable input).")
    boolean exitZero;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "Name to report for standard input (default: ${DEFAULT-VALUE}).")
    String stdinFilename = "<stdin>";

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Lowest severity that makes the exit code 1: "
            + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn = FailOn.WARNING;

    @Option(names = "--color", paramLabel = "WHEN",
            description = "Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; NO_COLOR "
                    + "disables auto).")
    ColorMode color = ColorMode.AUTO;

    @Option(names = {"-q", "--quiet"}, description = "Print findings only, no summary line.")
    boolean quiet;

    @Option(names = "--builder", paramLabel = "BUILDER", description = "Whose cache rules apply: "
            + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Builder builder = Builder.BUILDKIT;

    @Option(names = "--context", paramLabel = "DIR", description = "The build context (default: the folder of each "
            + "Dockerfile; none for standard input).")
    Path context;

    @Option(names = "--build-arg", paramLabel = "NAME=VALUE", description = "A build argument, as given to docker "
            + "build (repeatable).")
    Map<String, String> buildArgs = new LinkedHashMap<>();

    @Option(names = "--volatile-arg", paramLabel = "NAME", description = "A build argument whose value changes on "
            + "every build, besides those recognised by name (repeatable).")
    Set<String> volatileArgs = new LinkedHashSet<>();

    @Option(names = "--target", paramLabel = "STAGE", description = "The stage to build (default: the last).")
    String target;

    @Option(names = "--config", paramLabel = "FILE", description = "The configuration file (default: the nearest "
            + ".layerlint.yaml upwards from each Dockerfile, else a .hadolint.yaml).")
    Path configFile;

    @Option(names = "--select", paramLabel = "RULE", split = ",", description = "Run only these rules (codes, names, "
            + "aliases or prefixes like CA).")
    List<String> select;

    @Option(names = "--ignore", paramLabel = "RULE", split = ",", description = "Do not run these rules.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "Report a rule at another severity "
            + "(error, warning, info, style); repeatable.")
    Map<String, Severity> severities = new LinkedHashMap<>();

    @Option(names = "--fix", description = "Apply safe fixes to the files (atomically), then report what is left.")
    boolean fix;

    @Option(names = "--unsafe-fixes", description = "Also apply unsafe fixes (implies --fix unless --diff).")
    boolean unsafeFixes;

    @Option(names = "--diff", description = "Print a unified diff of what --fix (or --unsafe-fixes) would change; "
            + "write nothing.")
    boolean diff;

    CheckCommand(Environment environment) {
        this.environment = environment;
    }

    // set by the fast path (parse), which does not go through picocli
    private PrintWriter fastOut;
    private PrintWriter fastErr;
    private Set<String> fastGiven;

    private PrintWriter out() {
        return fastOut != null ? fastOut : spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return fastErr != null ? fastErr : spec.commandLine().getErr();
    }

    /**
     * The fast path of the command line: a plain {@code check} invocation
     * parsed without picocli, whose set-up costs a short-lived process about
     * 100 ms. It understands the options of this class in their ordinary
     * forms and returns null for anything else (help, version, an unknown or
     * malformed option, a bad value), which then goes through picocli for the
     * same result or its error message. CheckArgsTest holds both parsers to
     * the same result for every option.
     */
    static CheckCommand parse(Environment environment, List<String> args, PrintWriter out, PrintWriter err) {
        CheckCommand c = new CheckCommand(environment);
        c.fastOut = out;
        c.fastErr = err;
        c.fastGiven = new java.util.HashSet<>();
        Output group = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-") || !a.startsWith("-")) {
                c.paths.add(a);
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            boolean flag = true;
            switch (name) {
                case "--shellcheck" -> c.shellcheck = Boolean.TRUE;
                case "--no-shellcheck" -> c.shellcheck = Boolean.FALSE;
                case "--report-unused-ignores" -> c.reportUnusedIgnores = true;
                case "--exit-zero" -> c.exitZero = true;
                case "-q", "--quiet" -> c.quiet = true;
                case "--fix" -> c.fix = true;
                case "--unsafe-fixes" -> c.unsafeFixes = true;
                case "--diff" -> c.diff = true;
                default -> flag = false;
            }
            if (flag) {
                if (value != null) {
                    return null;
                }
                c.fastGiven.add(name.equals("-q") ? "--quiet" : name.equals("--no-shellcheck") ? "--shellcheck" : name);
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    return null;
                }
                value = args.get(++i);
            }
            try {
                switch (name) {
                    case "--format" -> {
                        group = new Output();
                        group.format = enumValue(Format.class, value);
                        c.outputs.add(group);
                    }
                    case "--output" -> {
                        if (group == null || group.output != null) {
                            return null;
                        }
                        group.output = Path.of(value);
                    }
                    case "--stdin-filename" -> c.stdinFilename = value;
                    case "--fail-on" -> c.failOn = enumValue(FailOn.class, value);
                    case "--color" -> c.color = enumValue(ColorMode.class, value);
                    case "--builder" -> c.builder = enumValue(Builder.class, value);
                    case "--context" -> c.context = Path.of(value);
                    case "--build-arg" -> {
                        int at = value.indexOf('=');
                        if (at <= 0) {
                            return null;
                        }
                        c.buildArgs.put(value.substring(0, at), value.substring(at + 1));
                    }
                    case "--volatile-arg" -> c.volatileArgs.add(value);
                    case "--target" -> c.target = value;
                    case "--config" -> c.configFile = Path.of(value);
                    case "--select" -> {
                        if (c.select == null) {
                            c.select = new ArrayList<>();
                        }
                        c.select.addAll(List.of(value.split(",", -1)));
                    }
                    case "--ignore" -> c.ignore.addAll(List.of(value.split(",", -1)));
                    case "--severity" -> {
                        int at = value.indexOf('=');
                        if (at <= 0) {
                            return null;
                        }
                        c.severities.put(value.substring(0, at), enumValue(Severity.class, value.substring(at + 1)));
                    }
                    default -> {
                        return null; // help, version, an unknown option: picocli says what to say
                    }
                }
            } catch (IllegalArgumentException e) {
                return null; // a bad value (or path): picocli's message names the option
            }
            c.fastGiven.add(name);
        }
        return c.paths.isEmpty() ? null : c;
    }

    /** picocli's enum conversion with case-insensitive values: the exact name, else the one name that matches. */
    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException(value);
    }

    private final Map<Path, Config> configs = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public Integer call() {
        List<Inputs.Input> inputs = Inputs.resolve(paths, stdinFilename);
        try {
            loadConfigs(inputs);
        } catch (ConfigException e) {
            err().println("layerlint: error: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        boolean wantShellcheck = Boolean.TRUE.equals(shellcheck);
        if (shellcheck == null) {
            for (Config c : configs.values()) { // a loop, not a stream: no lambda to spin on the one-file path
                wantShellcheck |= Boolean.TRUE.equals(c.shellcheck());
            }
        }
        if (wantShellcheck && dev.layerlint.rules.correctness.ShellCheck.find(environment.env().get("PATH")) == null) {
            err().println("layerlint: notice: shellcheck is not on PATH, so RUN scripts are not"
                    + " checked with it (BU027); install it (apt-get install shellcheck) to enable");
        }
        if (fix || unsafeFixes || diff) {
            int code = applyFixes(inputs);
            if (code != ExitCodes.OK || diff) {
                return code;
            }
        }
        FileReport[] reports = new FileReport[inputs.size()];
        // files in parallel, reported in input order (one file: no thread pool to start)
        if (inputs.size() == 1) {
            reports[0] = lint(inputs.get(0));
        } else {
            IntStream.range(0, inputs.size()).parallel().forEach(i -> reports[i] = lint(inputs.get(i)));
        }
        List<FileReport> all = List.of(reports);

        ReportPaths reportPaths = ReportPaths.current(); // one per run: the repository root is looked up once
        PrintWriter out = out();
        if (outputs.isEmpty()) {
            reporter(Format.TEXT, true, reportPaths).report(all, out);
        }
        for (Output o : outputs) {
            if (o.output == null) {
                reporter(o.format, true, reportPaths).report(all, out);
                continue;
            }
            try (PrintWriter file = new PrintWriter(java.nio.file.Files.newBufferedWriter(o.output,
                    java.nio.charset.StandardCharsets.UTF_8))) {
                reporter(o.format, false, reportPaths).report(all, file);
            } catch (java.io.IOException e) {
                err().println("layerlint: error: cannot write " + o.output + ": "
                        + e.getMessage());
                return ExitCodes.ERROR;
            }
        }

        boolean unreadable = false;
        boolean failing = false;
        for (int i = 0; i < all.size(); i++) {
            FileReport report = all.get(i);
            unreadable |= report.inputError() != null;
            FailOn threshold = failOn(inputs.get(i));
            for (Finding f : report.findings()) {
                failing |= threshold.fails(f.severity());
            }
        }
        if (unreadable) {
            return ExitCodes.ERROR;
        }
        return failing && !exitZero ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private Reporter reporter(Format format, boolean toTerminal, ReportPaths reportPaths) {
        return switch (format) {
            case TEXT -> new TextReporter(toTerminal && color.enabled(environment), quiet);
            case JSON -> new JsonReporter(VersionProvider.version());
            case SARIF -> new SarifReporter(VersionProvider.version(), Registry.infos(), reportPaths);
            case CHECKSTYLE -> new CheckstyleReporter();
            case GITLAB -> new GitlabReporter(reportPaths);
            case GITHUB -> new GithubReporter(reportPaths);
            case GNU -> new GnuReporter();
            case JUNIT -> new JunitReporter();
        };
    }

    /** --fix, --unsafe-fixes, --diff: fix each file (or show the diff); 2 when a file could not be fixed. */
    private int applyFixes(List<Inputs.Input> inputs) {
        PrintWriter out = out();
        PrintWriter err = err();
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
            LintOptions options = options(input);
            Fixer.Outcome outcome = Fixer.fix(source, input.file(), options, Registry.rules(), unsafeFixes);
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
            } catch (java.io.IOException e) {
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
            return java.nio.file.Files.exists(p) ? java.nio.file.Files.readString(p) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** Finds (once per folder) the configuration of every input; a broken one stops the run. */
    private void loadConfigs(List<Inputs.Input> inputs) throws ConfigException {
        List<String> notices = new ArrayList<>();
        Config explicit = configFile == null ? null : ConfigLoader.load(configFile);
        Map<Path, Config> byDir = new java.util.HashMap<>();
        for (Inputs.Input input : inputs) {
            Path dir = input.file() == null ? Path.of("").toAbsolutePath()
                    : input.file().toAbsolutePath().getParent();
            if (dir == null) {
                continue;
            }
            Config config = explicit;
            if (config == null) {
                config = byDir.containsKey(dir) ? byDir.get(dir) : ConfigLoader.find(dir, notices).orElse(Config.none());
                byDir.put(dir, config);
            }
            configs.put(dir, config);
        }
        for (String notice : new java.util.LinkedHashSet<>(notices)) {
            err().println(notice);
        }
    }

    private Config config(Inputs.Input input) {
        Path dir = input.file() == null ? Path.of("").toAbsolutePath() : input.file().toAbsolutePath().getParent();
        return dir == null ? Config.none() : configs.getOrDefault(dir, Config.none());
    }

    private boolean given(String option) {
        return fastGiven != null ? fastGiven.contains(option) : spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    private FailOn failOn(Inputs.Input input) {
        Config config = config(input);
        if (given("--fail-on") || config.failOn() == null) {
            return failOn;
        }
        return FailOn.valueOf(config.failOn().toUpperCase(java.util.Locale.ROOT));
    }

    /** Command line over per-path overrides over the configuration file over defaults. */
    private LintOptions options(Inputs.Input input) {
        Path dir = context;
        if (dir == null && input.file() != null) {
            dir = input.file().toAbsolutePath().getParent();
        }
        Config config = config(input);
        Builder b = given("--builder") || config.builder() == null ? builder : config.builder();
        Map<String, String> args = new LinkedHashMap<>(config.buildArgs());
        args.putAll(buildArgs);
        Set<String> volatiles = new LinkedHashSet<>(config.volatileArgs());
        volatiles.addAll(volatileArgs);
        List<String> selected = config.select();
        List<String> ignored = new ArrayList<>(config.ignore());
        Map<String, Severity> levels = new LinkedHashMap<>(severities);
        for (Config.PathOverride o : config.overrides()) {
            if (input.file() != null && config.dir() != null && matches(o.files(), config.dir(), input.file())) {
                if (o.select() != null) {
                    selected = o.select();
                }
                ignored.addAll(o.ignore());
                o.severity().forEach(levels::putIfAbsent);
            }
        }
        config.severity().forEach(levels::putIfAbsent);
        if (select != null) {
            selected = select; // an explicit selection beats every ignore of the configuration
            ignored.clear();
        }
        ignored.addAll(ignore);
        return new LintOptions(b, args, volatiles, dir, target, new RuleSettings(selected, ignored, levels),
                reportUnusedIgnores, config.ruleConfig(shellcheck, environment.env().get("PATH")));
    }

    /**
     * Whether an override's {@code files} select a Dockerfile: read as the lines of a {@code .dockerignore}
     * (BuildKit's ignore-file matcher, so {@code services/**}{@code /Dockerfile}, a folder, and {@code !}
     * exceptions mean what they mean there) against its path from the config's folder, or its file name.
     */
    private static boolean matches(List<String> globs, Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(base)) {
            return false;
        }
        String relative = base.relativize(absolute).toString().replace('\\', '/');
        var patterns = dev.layerlint.model.DockerIgnore.parse(String.join("\n", globs));
        return patterns.isExcluded(relative) || patterns.isExcluded(absolute.getFileName().toString());
    }

    private FileReport lint(Inputs.Input input) {
        Path file = reportedFile(input);
        try {
            SourceText source = Inputs.load(input, environment);
            return new FileReport(input.displayPath(), file, source, Linter.lint(source, input.file(),
                    options(input), Registry.rules()).findings(), null);
        } catch (InputException e) {
            return FileReport.unreadable(e, file);
        }
    }

    /** The file a report is about: the input's, or for standard input the one --stdin-filename names. */
    private Path reportedFile(Inputs.Input input) {
        if (input.file() != null) {
            return input.file();
        }
        if (input.problem() != null || !given("--stdin-filename")) {
            return null;
        }
        try {
            return Path.of(stdinFilename);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
