package dev.layerlint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.rules.ci.CiRules;
import dev.layerlint.rules.ci.PipelineLinter;
import dev.layerlint.source.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pipeline rule's doc example: the section's {@code yaml} block is the
 * pipeline (written as azure-pipelines.yml, .gitlab-ci.yml or a workflow,
 * from its content), its {@code dockerfile} block, if any, the Dockerfile
 * next to it; linted with every pipeline rule that is on, and the documented one.
 */
final class PipelineDocs {
    private static final Pattern YAML = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern DOCKERFILE = Pattern.compile("```dockerfile\\n(.*?)```", Pattern.DOTALL);

    private PipelineDocs() {
    }

    static List<String> codes(RuleInfo rule, String section) throws Exception {
        Matcher m = YAML.matcher(section);
        assertThat(m.find()).as("a yaml block in %s", section).isTrue();
        Path dir = Files.createTempDirectory("layerlint-doc");
        String pipeline = m.group(1);
        Path file = pipeline.contains("runs-on:") ? dir.resolve(".github/workflows/ci.yml")
                : pipeline.contains("script:\n    -") || pipeline.contains("services:") ? dir.resolve(".gitlab-ci.yml")
                : dir.resolve("azure-pipelines.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, pipeline);
        Matcher d = DOCKERFILE.matcher(section);
        if (d.find()) {
            Files.writeString(dir.resolve("Dockerfile"), d.group(1));
        }
        RuleSettings settings = new RuleSettings(List.of("all", rule.code()), List.of(), Map.of());
        return PipelineLinter.lint(SourceText.of(dir.relativize(file).toString(), pipeline), file, settings,
                CiRules.rules()).stream().map(f -> f.rule().code()).toList();
    }
}
