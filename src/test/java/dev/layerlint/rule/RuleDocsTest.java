package dev.layerlint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.rules.Registry;
import dev.layerlint.source.SourceText;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registered rule has rules/CODE-name.md with the required sections;
 * its "Example" is linted and must produce the rule's finding, its "Use
 * instead" must not.
 */
class RuleDocsTest {
    private static final List<String> SECTIONS = List.of("## What it does", "## Why is this bad?", "## Example",
            "## Use instead", "## Fix safety");
    private static final Pattern BLOCK = Pattern.compile("```dockerfile\\n(.*?)```", Pattern.DOTALL);

    private static Path docs() {
        return Shared.projectDir().resolve("rules");
    }

    @Test
    void everyDocBelongsToARegisteredRule() throws IOException {
        List<String> registered = Registry.infos().stream().map(RuleInfo::docFile).toList();
        try (Stream<Path> files = Files.list(docs())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")))
                    .allSatisfy(name -> assertThat(registered).contains(name));
        }
    }

    @TestFactory
    Stream<DynamicTest> docsHaveSectionsAndTheirExamplesRun() {
        return Registry.infos().stream().map(rule -> DynamicTest.dynamicTest(rule.code(), () -> {
            Path doc = docs().resolve(rule.docFile());
            assertThat(doc).exists();
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            assertThat(text).startsWith("# " + rule.code() + " " + rule.name() + "\n");
            for (String section : SECTIONS) {
                assertThat(text).as("%s has section %s", doc, section).contains("\n" + section + "\n");
            }
            assertThat(codes(block(text, "## Example"))).as("the Example of %s", rule.code())
                    .contains(rule.code());
            assertThat(codes(block(text, "## Use instead"))).as("the Use instead of %s", rule.code())
                    .doesNotContain(rule.code());
        }));
    }

    private static String block(String doc, String section) {
        String rest = doc.substring(doc.indexOf("\n" + section + "\n"));
        Matcher m = BLOCK.matcher(rest);
        assertThat(m.find()).as("a dockerfile block under %s", section).isTrue();
        return m.group(1);
    }

    private static List<String> codes(String dockerfile) {
        return Linter.lint(SourceText.of("example", dockerfile), null, LintOptions.defaults(), Registry.rules())
                .findings().stream()
                .map(f -> f.rule().code()).toList();
    }
}
