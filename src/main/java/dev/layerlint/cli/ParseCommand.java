package dev.layerlint.cli;

import dev.layerlint.parser.AstJson;
import dev.layerlint.parser.BuildKitDump;
import dev.layerlint.parser.ParseResult;
import dev.layerlint.parser.Parser;
import dev.layerlint.source.SourceText;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layerlint parse FILE}: print what was parsed (the AST as JSON, or BuildKit's dump format). */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print the parsed Dockerfile: the AST as JSON (documented in docs/ast-json.md) or BuildKit's "
                + "parse-tree dump. Exit code 1 when the file has syntax errors (the AST of what parsed is still "
                + "printed).")
final class ParseCommand implements Callable<Integer> {
    enum Format { JSON, BUILDKIT }

    private final Environment environment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A Dockerfile, or - for standard input.")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.JSON;

    @Option(names = "--stdin-filename", paramLabel = "NAME", description = "Name to use for standard input.")
    String stdinFilename = "<stdin>";

    ParseCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Inputs.Input input = Inputs.resolve(List.of(file), stdinFilename).get(0);
        SourceText source = Inputs.loadSingle(input, environment, spec.commandLine().getErr());
        if (source == null) {
            return ExitCodes.ERROR;
        }
        ParseResult result = Parser.parse(source);
        String rendered = format == Format.JSON ? AstJson.render(result) : BuildKitDump.render(result.dockerfile());
        spec.commandLine().getOut().print(rendered);
        spec.commandLine().getOut().flush();
        return result.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
