package dev.layerlint.cli;

import dev.layerlint.report.FileReport;
import dev.layerlint.report.JsonReporter;
import dev.layerlint.report.Reporter;
import dev.layerlint.report.TextReporter;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.Linter;
import dev.layerlint.rule.Severity;
import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceText;
import java.io.PrintWriter;
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
    enum Format { TEXT, JSON }

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

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}).")
    Format format = Format.TEXT;

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

    CheckCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        List<Inputs.Input> inputs = Inputs.resolve(paths, stdinFilename);
        FileReport[] reports = new FileReport[inputs.size()];
        // files in parallel, reported in input order
        IntStream.range(0, inputs.size()).parallel().forEach(i -> reports[i] = lint(inputs.get(i)));
        List<FileReport> all = List.of(reports);

        PrintWriter out = spec.commandLine().getOut();
        Reporter reporter = format == Format.JSON ? new JsonReporter(VersionProvider.version())
                : new TextReporter(color.enabled(environment), quiet);
        reporter.report(all, out);

        boolean unreadable = false;
        boolean failing = false;
        for (FileReport report : all) {
            unreadable |= report.inputError() != null;
            for (Finding f : report.findings()) {
                failing |= failOn.fails(f.severity());
            }
        }
        if (unreadable) {
            return ExitCodes.ERROR;
        }
        return failing ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private FileReport lint(Inputs.Input input) {
        try {
            SourceText source = Inputs.load(input, environment);
            return new FileReport(input.displayPath(), source, Linter.lint(source).findings(), null);
        } catch (InputException e) {
            return FileReport.unreadable(e);
        }
    }
}
