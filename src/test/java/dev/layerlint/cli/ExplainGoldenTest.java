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
import org.junit.jupiter.api.TestFactory;

/**
 * explain's text and JSON output on the fixtures of testdata/explain/NAME/
 * (a Dockerfile, its context, and cases.txt: one "case | arguments" a line),
 * compared with NAME/CASE.txt and NAME/CASE.json; the text must fit 80 columns.
 */
class ExplainGoldenTest {

    @TestFactory
    Stream<DynamicTest> explainOutputs() throws Exception {
        Path root = Shared.projectDir().resolve("testdata/explain");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                for (String line : Files.readAllLines(dir.resolve("cases.txt"), StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String name = line.substring(0, line.indexOf('|')).strip();
                    String args = line.substring(line.indexOf('|') + 1).strip();
                    tests.add(DynamicTest.dynamicTest(dir.getFileName() + "/" + name, () -> run(dir, name, args)));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(10);
        return tests.stream();
    }

    private static void run(Path dir, String name, String args) throws Exception {
        Path project = Shared.projectDir();
        String dockerfile = project.relativize(dir.resolve("Dockerfile")).toString();
        for (String format : List.of("text", "json")) {
            List<String> argv = new ArrayList<>(List.of("explain", dockerfile, "--format", format));
            if (!args.isEmpty()) {
                argv.addAll(List.of(args.split("\\s+")));
            }
            Cli.Run run = Cli.run(argv.toArray(new String[0]));
            assertThat(run.exit()).as(run.err()).isEqualTo(0);
            String output = run.out().replace(project.toString() + "/", "");
            if (format.equals("text")) {
                assertThat(output.lines()).as("explain text fits 80 columns")
                        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
            }
            Golden.check(dir.resolve(name + (format.equals("text") ? ".txt" : ".json")), output);
        }
    }
}
