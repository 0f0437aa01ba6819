package dev.layerlint.cli;

import dev.layerlint.rule.Severity;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * picocli's model of {@code check}, built from the CheckOption table (for
 * help, error messages, completion and whatever the fast path leaves to
 * picocli), and the options of a parse result read back through the same
 * table.
 */
final class CheckSpec {
    static final String DESCRIPTION = "Lint Dockerfiles: files, directories (searched for Dockerfile, Dockerfile.*, "
            + "*.Dockerfile, Containerfile; .git, node_modules and target skipped) or - for standard input.";

    private CheckSpec() {
    }

    static CommandSpec of(Callable<Integer> command) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name("check").versionProvider(new VersionProvider());
        spec.usageMessage().description(DESCRIPTION);
        spec.addPositional(PositionalParamSpec.builder().paramLabel("PATH").arity("1..*").required(true)
                .type(List.class).auxiliaryTypes(String.class).description("Dockerfiles or directories; - reads stdin.")
                .build());
        // the order of the completion script: the output group, the options, then help and version
        ArgGroupSpec.Builder outputs = ArgGroupSpec.builder().exclusive(false).multiplicity("0..*");
        outputs.addArg(option(CheckOption.FORMAT).required(true).build());
        outputs.addArg(option(CheckOption.OUTPUT).build());
        spec.addArgGroup(outputs.build());
        for (CheckOption option : CheckOption.values()) {
            if (!option.inOutputGroup()) {
                spec.addOption(option(option).build());
            }
        }
        return spec.mixinStandardHelpOptions(true);
    }

    /**
     * Adds options of the table to another command's model (explain shares
     * check's --builder, --build-arg, --context, --target, --volatile-arg,
     * --color and --format): the same names, labels, types and help, read
     * back with {@link #read}.
     */
    static void addShared(CommandSpec spec, Set<CheckOption> options,
                          BiConsumer<CheckOption, OptionSpec.Builder> adjust) {
        for (CheckOption option : CheckOption.values()) {
            if (options.contains(option)) {
                OptionSpec.Builder b = option(option);
                adjust.accept(option, b);
                spec.addOption(b.build());
            }
        }
    }

    /** The shared options a parse result holds, stored through the table into a CheckOptions. */
    static CheckOptions read(ParseResult result, Set<CheckOption> options) {
        return read(result, options, new CheckOptions());
    }

    private static CheckOptions read(ParseResult result, Set<CheckOption> options, CheckOptions o) {
        for (CheckOption option : options) {
            OptionSpec spec = result.matchedOption(option.longName());
            if (spec == null) {
                continue;
            }
            o.given.add(option);
            if (option.isFlag()) {
                option.set(o, spec.<Boolean>getValue());
            } else {
                for (String value : spec.originalStringValues()) {
                    option.apply(o, value);
                }
            }
        }
        return o;
    }

    private static OptionSpec.Builder option(CheckOption option) {
        OptionSpec.Builder b = OptionSpec.builder(option.names.toArray(String[]::new)).description(option.description)
                .type(option.type);
        if (option.isFlag()) {
            b.negatable(option.isNegatable()); // picocli's arity for a flag: also --fix=true and --fix=false
        } else {
            b.paramLabel(option.paramLabel).arity("1");
        }
        if (option.type == Map.class) {
            b.auxiliaryTypes(String.class, option == CheckOption.SEVERITY ? Severity.class : String.class);
        } else if (option.type == List.class || option.type == Set.class) {
            b.auxiliaryTypes(String.class);
        }
        if (option.splitsOnComma()) {
            b.splitRegex(",");
        }
        Object initial = option.initialValue();
        if (initial != null) {
            b.initialValue(initial).hasInitialValue(true);
        }
        return b;
    }

    /** The options picocli matched, stored through the table as the fast path stores them. */
    static CheckOptions options(ParseResult result) {
        CheckOptions o = new CheckOptions();
        o.paths.addAll(result.matchedPositional(0).getValue());
        Set<CheckOption> ungrouped = EnumSet.noneOf(CheckOption.class);
        for (CheckOption option : CheckOption.values()) {
            if (!option.inOutputGroup()) {
                ungrouped.add(option);
            }
        }
        read(result, ungrouped, o);
        for (ParseResult.GroupMatchContainer container : result.findMatches(result.commandSpec().argGroups().get(0))) {
            for (ParseResult.GroupMatch match : container.matches()) {
                for (CheckOption option : List.of(CheckOption.FORMAT, CheckOption.OUTPUT)) {
                    OptionSpec spec = result.commandSpec().findOption(option.longName());
                    for (Object value : match.matchedValues(spec)) {
                        option.apply(o, String.valueOf(value));
                        o.given.add(option);
                    }
                }
            }
        }
        return o;
    }
}
