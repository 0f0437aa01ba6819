package dev.layerlint.cli;

import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rules.Registry;
import dev.layerlint.source.Suggest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code layerlint rule CODE|NAME|ALIAS}: one rule's documentation. */
@Command(name = "rule", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print a rule's documentation: by code (RP001), name, or a hadolint/BuildKit alias (DL3008,"
                + " JSONArgsRecommended).")
final class RuleCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A code, name or alias.")
    String query;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleInfo found = null;
        String q = query.strip();
        for (RuleInfo info : Registry.infos()) {
            if (info.code().equalsIgnoreCase(q) || info.name().equalsIgnoreCase(q)
                    || info.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(q))) {
                found = info;
                break;
            }
        }
        if (found == null) {
            String hint = Suggest.closest(q, Registry.infos().stream()
                    .flatMap(i -> Stream.concat(Stream.of(i.code(), i.name()),
                            i.aliases().stream())).toList());
            err.println("layerlint: no rule '" + q + "'" + (hint != null ? " (did you mean " + hint + "?)" : "")
                    + "; 'layerlint rules' lists them");
            err.flush();
            return ExitCodes.ERROR;
        }
        try (InputStream in = RuleCommand.class.getResourceAsStream("/rules/" + found.docFile())) {
            if (in == null) {
                err.println("layerlint: the documentation of " + found.code() + " is missing from this build");
                err.flush();
                return ExitCodes.ERROR;
            }
            out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        if (!found.aliases().isEmpty()) {
            out.println();
            out.println("Aliases: " + String.join(", ", found.aliases()));
        }
        if (!found.onByDefault()) {
            out.println("Off by default: enable it with --select " + found.code() + " or select: [" + found.code()
                    + "] in .layerlint.yaml.");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
