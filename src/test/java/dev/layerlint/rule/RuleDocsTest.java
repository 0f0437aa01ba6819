package dev.layerlint.rule;

import static org.assertj.core.api.Assertions.assertThat;
import dev.layerlint.config.ConfigLoader;
import dev.layerlint.rules.Registry;
import dev.layerlint.rules.correctness.ShellCheck;
import dev.layerlint.source.SourceText;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final Pattern IGNORE_BLOCK = Pattern.compile("```dockerignore\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern SEVERITY = Pattern.compile("Severity `(\\w+)`");
    private static final Pattern ALIASES = Pattern.compile("(?m)^Aliases: ((?:`[^`]+`(?:, )?)+)");
    private static final Pattern README_ROW = Pattern.compile(
            "(?m)^\\| \\[([A-Z]{2}\\d{3})\\]\\(([^)]+)\\) \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|$");
    private static final Pattern CONFIG_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

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
            docAgreesWithMetadata(rule, text);
            org.junit.jupiter.api.Assumptions.assumeTrue(!rule.code().equals("BU027")
                    || ShellCheck.find(System.getenv("PATH")) != null, "BU027 needs shellcheck on PATH");
            if (rule.category() == Category.CI) {
                // a pipeline rule's examples are a pipeline (yaml block) and the Dockerfile it builds, if any
                assertThat(PipelineDocs.codes(rule, section(text, "## Example"))).as("the Example of %s",
                        rule.code()).contains(rule.code());
                assertThat(PipelineDocs.codes(rule, section(text, "## Use instead"))).as("the Use instead of %s",
                        rule.code()).doesNotContain(rule.code());
                return;
            }
            String config = null;
            Matcher yaml = CONFIG_BLOCK.matcher(text);
            if (yaml.find()) {
                config = yaml.group(1);
            }
            assertThat(codes(rule, section(text, "## Example"), config)).as("the Example of %s", rule.code())
                    .contains(rule.code());
            assertThat(codes(rule, section(text, "## Use instead"), config)).as("the Use instead of %s", rule.code())
                    .doesNotContain(rule.code());
        }));
    }

    /**
     * What a doc says about the metadata must be what RuleInfo says: "Off by default" in What it does exactly for
     * rules off by default, "no automatic fix" under Fix safety exactly for rules that are not fixable, a
     * "Severity `x`" the rule's severity, an "Aliases:" line the rule's aliases.
     */
    private static void docAgreesWithMetadata(RuleInfo rule, String text) {
        assertThat(section(text, "## What it does").contains("Off by default"))
                .as("%s: 'Off by default' in What it does iff the rule is off (RuleInfo.off())", rule.code())
                .isEqualTo(!rule.onByDefault());
        assertThat(section(text, "## Fix safety").toLowerCase(Locale.ROOT).contains("no automatic fix"))
                .as("%s: Fix safety says 'no automatic fix' iff the rule is not fixable (RuleInfo.withFix())",
                        rule.code()).isEqualTo(!rule.fixable());
        Matcher severity = SEVERITY.matcher(text);
        while (severity.find()) {
            assertThat(severity.group(1)).as("%s: the severity its doc names", rule.code())
                    .isEqualTo(rule.severity().label());
        }
        Matcher aliases = ALIASES.matcher(text);
        if (aliases.find()) {
            assertThat(List.of(aliases.group(1).replace("`", "").split(",\\s*")))
                    .as("%s: the aliases its doc lists", rule.code()).isEqualTo(rule.aliases());
        }
    }

    @Test
    void readmeRuleTableAgreesWithTheMetadata() throws IOException {
        String readme = Files.readString(Shared.projectDir().resolve("README.md"), StandardCharsets.UTF_8);
        Matcher row = README_ROW.matcher(readme);
        List<String> listed = new ArrayList<>();
        while (row.find()) {
            RuleInfo info = Registry.infos().stream().filter(i -> i.code().equals(row.group(1))).findFirst()
                    .orElse(null);
            assertThat(info).as("README lists %s, which is not a rule", row.group(1)).isNotNull();
            listed.add(info.code());
            assertThat(row.group(2)).as("README link of %s", info.code()).isEqualTo("rules/" + info.docFile());
            assertThat(row.group(3).split(" ")[0]).as("README name of %s", info.code()).isEqualTo(info.name());
            assertThat(row.group(4).split(" ")[0]).as("README severity of %s", info.code())
                    .isEqualTo(info.severity().label());
            assertThat(row.group(5).contains("safe")).as("README: %s has a fix ('safe'/'unsafe') iff it is fixable",
                    info.code()).isEqualTo(info.fixable());
        }
        List<String> cacheRules = Registry.infos().stream().filter(i -> i.category() == Category.CA)
                .map(RuleInfo::code).toList();
        assertThat(listed).as("the README's rule table lists every cache rule").containsAll(cacheRules);
    }

    /** The text of a section, up to the next "## " heading. */
    private static String section(String doc, String heading) {
        String rest = doc.substring(doc.indexOf("\n" + heading + "\n") + heading.length() + 2);
        int next = rest.indexOf("\n## ");
        return next < 0 ? rest : rest.substring(0, next);
    }

    /**
     * Lints the section's dockerfile block inside a fresh build context (the
     * Dockerfile in it, plus a .dockerignore from a dockerignore block, if any),
     * with the default rules and the documented one (it may be off by
     * default), under the doc's configuration (its first yaml block), if any.
     */
    private static List<String> codes(RuleInfo rule, String section, String config) throws Exception {
        Matcher m = BLOCK.matcher(section);
        assertThat(m.find()).as("a dockerfile block in %s", section).isTrue();
        Path dir = Files.createTempDirectory("layerlint-doc");
        Path dockerfile = dir.resolve("Dockerfile");
        Files.writeString(dockerfile, m.group(1));
        Matcher ignore = IGNORE_BLOCK.matcher(section);
        if (ignore.find()) {
            Files.writeString(dir.resolve(".dockerignore"), ignore.group(1));
        }
        LintOptions options = LintOptions.defaults().withContext(dir).withUnusedIgnores(true)
                .withRules(new RuleSettings(List.of("all", rule.code()), List.of(), Map.of()));
        if (config != null) {
            Path file = dir.resolve(".layerlint.yaml");
            Files.writeString(file, config);
            options = options.withConfig(ConfigLoader.load(file).ruleConfig(null, System.getenv("PATH")));
        }
        return Linter.lint(SourceText.of("Dockerfile", m.group(1)), dockerfile, options, Registry.rules()).findings()
                .stream().map(f -> f.rule().code()).toList();
    }
}
