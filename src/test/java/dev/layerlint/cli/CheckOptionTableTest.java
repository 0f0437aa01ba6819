package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * check's options are declared once, in CheckOption: every one is in the
 * help, the completion script and README's table, picocli's model of check
 * has no other, and no other source of the cli package declares one (an
 * {@code @Option} of check, or the option's name as a string literal outside
 * another command's own {@code @Option}).
 */
class CheckOptionTableTest {
    private static final Path CLI = Path.of("src/main/java/dev/layerlint/cli");
    private static final Pattern OTHER_COMMANDS_OPTION = Pattern.compile("@Option\\(names = (\\{[^}]*}|\"[^\"]*\")");
    private static final Pattern COMMAND_NAME = Pattern.compile("@Command\\(name = \"([^\"]+)\"");

    private static List<String> allNames() {
        List<String> names = new ArrayList<>();
        for (CheckOption option : CheckOption.values()) {
            names.addAll(option.names);
            if (option.isNegatable()) {
                names.add("--no-" + option.longName().substring(2));
            }
        }
        return names;
    }

    @Test
    void everyOptionIsInTheHelpTheCompletionScriptAndTheReadme() throws IOException {
        String help = Cli.run("check", "--help").out();
        String completion = Cli.run("completion", "bash").out();
        List<String> readmeRows = Files.readAllLines(Path.of("README.md")).stream()
                .filter(line -> line.startsWith("| `-")).toList();
        for (CheckOption option : CheckOption.values()) {
            for (String name : option.names) {
                String inHelp = option.isNegatable() ? "--(\\[no-])?" + Pattern.quote(name.substring(2))
                        : Pattern.quote(name);
                assertThat(help).as("check --help").containsPattern("(?m)^ +(-q, )?" + inHelp + "\\b");
                assertThat(completion).as("completion bash").contains(name);
                assertThat(readmeRows).as("README's option table").anyMatch(row -> Pattern.compile("[`\\[]"
                        + Pattern.quote(name) + "[ `]").matcher(row).find());
            }
        }
        assertThat(help).contains("--[no-]shellcheck");
    }

    @Test
    void picocliKnowsNoOptionOfCheckBesidesTheTable() {
        List<String> modelled = new ArrayList<>();
        for (var option : new CommandLine(CheckCommand.spec(Environment.system())).getCommandSpec().options()) {
            if (!option.longestName().equals("--help") && !option.longestName().equals("--version")) {
                modelled.addAll(List.of(option.names()));
            }
        }
        List<String> declared = new ArrayList<>();
        for (CheckOption option : CheckOption.values()) {
            declared.addAll(option.names);
        }
        assertThat(modelled).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void noOtherSourceDeclaresAnOptionOfCheck() throws IOException {
        List<String> names = allNames();
        List<String> copies = new ArrayList<>();
        try (Stream<Path> files = Files.list(CLI)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (file.getFileName().toString().equals("CheckOption.java")) {
                    continue;
                }
                String source = Files.readString(file);
                Matcher command = COMMAND_NAME.matcher(source);
                if (source.contains("@Option") || source.contains("@Parameters")) {
                    // picocli annotations declare options of the command the class is, which must not be check
                    assertThat(command.find()).as("%s declares options but names no command", file).isTrue();
                    assertThat(command.group(1)).as("%s declares options of check", file).isNotEqualTo("check");
                }
                String outsideOtherCommandsOptions = OTHER_COMMANDS_OPTION.matcher(source).replaceAll("");
                for (String name : names) {
                    if (outsideOtherCommandsOptions.contains("\"" + name + "\"")) {
                        copies.add(file.getFileName() + ": \"" + name + "\"");
                    }
                }
            }
        }
        assertThat(copies).as("option names of check outside CheckOption (use the CheckOption constant)").isEmpty();
    }

    @Test
    void theDetectorFindsACopy() {
        // the check above must be able to fail: a hand-written case for an option, as the old fast path had
        String copy = "switch (name) { case \"--fail-on\" -> x(); }";
        String allowed = "@Option(names = {\"-q\", \"--quiet\"}) boolean quiet; @Option(names = \"--format\") F f;";
        assertThat(OTHER_COMMANDS_OPTION.matcher(copy).replaceAll("")).contains("\"--fail-on\"");
        assertThat(OTHER_COMMANDS_OPTION.matcher(allowed).replaceAll("")).doesNotContain("\"--quiet\"")
                .doesNotContain("\"--format\"").doesNotContain("\"-q\"");
    }
}
