package dev.layerlint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code layerlint [check] PATH...}, {@code layerlint parse FILE}. */
@Command(name = "layerlint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Dockerfile linter that explains why builds miss their cache.%n",
        footer = {"%nWithout a command, arguments go to 'check': layerlint Dockerfile",
                "Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage error or unreadable input."},
        subcommands = {CommandLine.HelpCommand.class})
public final class LayerlintCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new LayerlintCommand());
        cl.addSubcommand("check", new CommandLine(CheckCommand.spec(environment)));
        cl.addSubcommand("parse", new ParseCommand(environment));
        cl.addSubcommand("explain", new CommandLine(ExplainCommand.spec(environment)));
        cl.addSubcommand("rules", new RulesCommand());
        cl.addSubcommand("rule", new RuleCommand());
        cl.addSubcommand("completion", new CompletionCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> ExitCodes.ERROR);
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("layerlint: " + ex.getMessage());
            e.println("Run 'layerlint " + (ex.getCommandLine().getCommandName().equals("layerlint") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help' for usage.");
            e.flush();
            return ExitCodes.ERROR;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> internalError(ex, environment,
                commandLine.getErr()));
        return cl;
    }

    /** A bug, said in one line (the stack trace only with LAYERLINT_DEBUG). */
    static int internalError(Exception ex, Environment environment, PrintWriter e) {
        e.println("layerlint: internal error: " + ex + " (please report it; set LAYERLINT_DEBUG=1 for details)");
        if (environment.env().containsKey("LAYERLINT_DEBUG")) {
            ex.printStackTrace(e);
        }
        e.flush();
        return ExitCodes.ERROR;
    }
}
