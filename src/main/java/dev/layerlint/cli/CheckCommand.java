package dev.layerlint.cli;

import dev.layerlint.config.ConfigException;
import dev.layerlint.report.CheckstyleReporter;
import dev.layerlint.report.FileReport;
import dev.layerlint.report.GithubReporter;
import dev.layerlint.report.GitlabReporter;
import dev.layerlint.report.GnuReporter;
import dev.layerlint.report.JsonReporter;
import dev.layerlint.report.JunitReporter;
import dev.layerlint.report.ReportPaths;
import dev.layerlint.report.Reporter;
import dev.layerlint.report.SarifReporter;
import dev.layerlint.report.TextReporter;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.Linter;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Registry;
import dev.layerlint.rules.correctness.ShellCheck;
import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code layerlint check PATH...}: lint files, directories or standard
 * input. Runs from the fast path's options (CheckArgs) or, as picocli's
 * command (CheckSpec), from picocli's parse.
 */
final class CheckCommand implements Callable<Integer> {
    private final Environment environment;
    private final CommandSpec spec;

    private CheckCommand(Environment environment) {
        this.environment = environment;
        this.spec = CheckSpec.of(this);
    }

    /** The command as picocli runs it. */
    static CommandSpec spec(Environment environment) {
        return new CheckCommand(environment).spec;
    }

    @Override
    public Integer call() {
        return run(environment, CheckSpec.options(spec.commandLine().getParseResult()), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    static int run(Environment environment, CheckOptions options, PrintWriter out, PrintWriter err) {
        List<Inputs.Input> given = Inputs.resolve(options.paths, options.stdinFilename);
        // pipelines are read first: the templates that pipelines found in a directory run are inputs too
        PipelineInputs read = PipelineInputs.read(given, environment);
        List<Inputs.Input> inputs = read.inputs();
        SettingsResolver settings = new SettingsResolver(options, environment);
        try {
            settings.loadConfigs(inputs, err);
        } catch (ConfigException e) {
            err.println("layerlint: error: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        if (settings.shellcheckWanted()
                && ShellCheck.find(environment.env().get("PATH")) == null) {
            err.println("layerlint: notice: shellcheck is not on PATH, so RUN scripts are not"
                    + " checked with it (BU027); install it (apt-get install shellcheck) to enable");
        }
        if (options.fix || options.unsafeFixes || options.diff) {
            int code = new FixRunner(environment, settings, options.unsafeFixes, options.diff).run(inputs, out, err);
            if (code != ExitCodes.OK || options.diff) {
                return code;
            }
            read = PipelineInputs.read(inputs, environment); // the fixed files, read again
        }
        PipelineInputs pipelines = read;
        FileReport[] reports = new FileReport[inputs.size()];
        // files in parallel, reported in input order (one file: no thread pool to start)
        if (inputs.size() == 1) {
            reports[0] = lint(inputs.get(0), options, settings, environment, pipelines);
        } else {
            IntStream.range(0, inputs.size()).parallel().forEach(i -> reports[i] = lint(inputs.get(i), options,
                    settings, environment, pipelines));
        }
        List<FileReport> all = List.of(reports);

        ReportPaths reportPaths = ReportPaths.current(); // one per run: the repository root is looked up once
        if (options.outputs.isEmpty()) {
            reporter(CheckOptions.Format.TEXT, true, reportPaths, options, environment).report(all, out);
        }
        for (CheckOptions.Output o : options.outputs) {
            if (o.output == null) {
                reporter(o.format, true, reportPaths, options, environment).report(all, out);
                continue;
            }
            try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(o.output,
                    StandardCharsets.UTF_8))) {
                reporter(o.format, false, reportPaths, options, environment).report(all, file);
            } catch (IOException e) {
                err.println("layerlint: error: cannot write " + o.output + ": " + e.getMessage());
                return ExitCodes.ERROR;
            }
        }

        List<ExitPolicy.FileOutcome> outcomes = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            FileReport report = all.get(i);
            List<Severity> severities = new ArrayList<>(report.findings().size());
            for (Finding f : report.findings()) {
                severities.add(f.severity());
            }
            outcomes.add(new ExitPolicy.FileOutcome(report.inputError() != null, settings.failOn(inputs.get(i)),
                    severities));
        }
        return ExitPolicy.exitCode(outcomes, options.exitZero);
    }

    private static Reporter reporter(CheckOptions.Format format, boolean toTerminal, ReportPaths reportPaths,
            CheckOptions options, Environment environment) {
        return switch (format) {
            case TEXT -> new TextReporter(toTerminal && options.color.enabled(environment), options.quiet);
            case JSON -> new JsonReporter(VersionProvider.version());
            case SARIF -> new SarifReporter(VersionProvider.version(), Registry.infos(), reportPaths);
            case CHECKSTYLE -> new CheckstyleReporter();
            case GITLAB -> new GitlabReporter(reportPaths);
            case GITHUB -> new GithubReporter(reportPaths);
            case GNU -> new GnuReporter();
            case JUNIT -> new JunitReporter();
        };
    }

    private static FileReport lint(Inputs.Input input, CheckOptions options, SettingsResolver settings,
            Environment environment, PipelineInputs pipelines) {
        Path file = reportedFile(input, options);
        try {
            // a pipeline read before the run (PipelineInputs) is not loaded again
            SourceText read = pipelines.source(input);
            SourceText source = read != null ? read : Inputs.load(input, environment);
            if (PipelineInputs.isPipeline(input, options)) {
                return new FileReport(input.displayPath(), file, source, pipelines.lint(input, source,
                        settings.lintOptions(input).rules()), null);
            }
            return new FileReport(input.displayPath(), file, source, Linter.lint(source, input.file(),
                    settings.lintOptions(input), Registry.rules(), pipelines.argsFor(input.file())).findings(), null);
        } catch (InputException e) {
            return FileReport.unreadable(e, file);
        }
    }

    /** The file a report is about: the input's, or for standard input the one --stdin-filename names. */
    private static Path reportedFile(Inputs.Input input, CheckOptions options) {
        if (input.file() != null) {
            return input.file();
        }
        if (input.problem() != null || !options.given(CheckOption.STDIN_FILENAME)) {
            return null;
        }
        try {
            return Path.of(options.stdinFilename);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
