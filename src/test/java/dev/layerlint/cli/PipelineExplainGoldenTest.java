package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.testing.Cli;
import dev.layerlint.testing.Golden;
import dev.layerlint.testing.Shared;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * explain --pipeline through the real CLI: each line of testdata/explain-pipeline/cases.txt
 * ("case | pipeline file and options") in text and JSON, compared with CASE.txt and CASE.json there;
 * the text must fit 80 columns.
 */
class PipelineExplainGoldenTest {
    private static final Path DIR = Shared.projectDir().resolve("testdata/explain-pipeline");

    @TestFactory
    Stream<DynamicTest> pipelineExplainOutputs() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("cases.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String name = line.substring(0, line.indexOf('|')).strip();
            String args = line.substring(line.indexOf('|') + 1).strip();
            tests.add(DynamicTest.dynamicTest(name, () -> run(name, args)));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(4);
        return tests.stream();
    }

    private static void run(String name, String args) throws Exception {
        Path project = Shared.projectDir();
        String[] words = args.split("\\s+");
        for (String format : List.of("text", "json")) {
            // relative, as a user types it: the text wraps at 80 columns, so an absolute path would make the
            // golden depend on where the checkout is
            List<String> argv = new ArrayList<>(List.of("explain", "--format", format, "--pipeline",
                    project.relativize(project.resolve(words[0])).toString()));
            argv.addAll(List.of(words).subList(1, words.length));
            Cli.Run run = Cli.run(argv.toArray(new String[0]));
            assertThat(run.exit()).as(run.err()).isEqualTo(0);
            String output = run.out().replace(project.toString() + "/", "");
            if (format.equals("text")) {
                assertThat(output.lines()).as("explain text fits 80 columns")
                        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
            }
            Golden.check(DIR.resolve(name + (format.equals("text") ? ".txt" : ".json")), output);
        }
    }

    @Test
    void anUnknownJobIsAClearErrorNamingTheJobsThatBuild() {
        Cli.Run run = Cli.run("explain", "--pipeline",
                DIR.resolve("cold/.github/workflows/build.yml").toString(), "--job", "test");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no job test that builds an image").contains("jobs with builds: image");
    }

    @Test
    void dockerfileOptionsAreRefusedWithPipeline() {
        Cli.Run run = Cli.run("explain", "--pipeline",
                DIR.resolve("cold/.github/workflows/build.yml").toString(), "--build-arg", "GIT_SHA=1");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("drop --build-arg");
    }

    @Test
    void malformedPipelineIsAnErrorWithLineAndColumn() throws Exception {
        Path bad = Files.createTempDirectory("pipex").resolve("azure-pipelines.yml");
        Files.writeString(bad, "steps:\n  - bash: [unclosed\n");
        Cli.Run run = Cli.run("explain", "--pipeline", bad.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).containsPattern("azure-pipelines.yml:\\d+:\\d+: error: not valid YAML")
                .doesNotContain("Exception");
    }
}
