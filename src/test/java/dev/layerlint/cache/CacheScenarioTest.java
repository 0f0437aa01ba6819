package dev.layerlint.cache;

import static org.assertj.core.api.Assertions.assertThat;
import dev.layerlint.ast.Dockerfile;
import dev.layerlint.ast.From;
import dev.layerlint.ast.Instruction;
import dev.layerlint.cache.StepStatus.Status;
import dev.layerlint.model.BuildContext;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.parser.Parser;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;


/**
 * The cache model's predictions against what real builders did, for every
 * scenario of real-builders.md and both builders (testdata/cache-scenarios).
 */
class CacheScenarioTest {

    @TestFactory
    Stream<DynamicTest> predictionsMatchRealBuilders() throws IOException {
        Path root = Shared.projectDir().resolve("testdata/cache-scenarios");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> Files.exists(d.resolve("expected.tsv"))).sorted().toList()) {
                for (String row : Files.readAllLines(dir.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
                    String[] f = row.split("\t");
                    tests.add(DynamicTest.dynamicTest(dir.getFileName() + " " + f[0] + " " + f[2],
                            () -> check(dir, f[0], f[1], f[2], f[3])));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(80);
        return tests.stream();
    }

    private static void check(Path dir, String mutation, String change, String builderName, String outcome)
            throws Exception {
        Path dockerfile = Files.exists(dir.resolve("Dockerfile." + mutation)) ? dir.resolve("Dockerfile." + mutation)
                : dir.resolve("Dockerfile");
        Dockerfile file = Parser.parse(SourceLoader.load(dockerfile, dockerfile.toString())).dockerfile();
        SemanticModel model = SemanticModel.build(file, Map.of(), null);
        Builder builder = builderName.equals("buildkit") ? Builder.BUILDKIT : Builder.CLASSIC;
        CacheModel cache = CacheModel.build(model, builder, BuildContext.of(dir, dockerfile));
        // the builder is wrong here (expected.tsv records its upstream issue): nothing to compare the model with,
        // so the row is reported as skipped, not passed
        Assumptions.assumeFalse(outcome.startsWith("builder-bug"),
                () -> "the builder is wrong here (" + outcome + "); the model predicts what a correct builder does");
        String[] c = change.split(" ");
        boolean sameOutput = change.endsWith(" same-output");
        List<StepStatus> statuses = switch (c[0]) {
            case "cold", "none" -> cache.predict(new Change.SecretChanged("none"), CacheModel.Assumptions.defaults());
            case "file" -> cache.predict(new Change.FileChanged(c[1]), new CacheModel.Assumptions(!sameOutput));
            case "arg" -> cache.predict(new Change.BuildArgChanged(c[1]), new CacheModel.Assumptions(!sameOutput));
            case "base" -> cache.predict(new Change.BaseImageChanged(c[1]), new CacheModel.Assumptions(!sameOutput));
            case "secret" -> cache.predict(new Change.SecretChanged(c[1]), CacheModel.Assumptions.defaults());
            case "edit" -> cache.predict(new Change.InstructionEdited(at(file, Integer.parseInt(c[1]))),
                    CacheModel.Assumptions.defaults());
            default -> throw new IllegalArgumentException(change);
        };
        if (outcome.equals("n/a")) {
            assertThat(statuses).extracting(StepStatus::status).contains(Status.UNSUPPORTED);
            return;
        }
        TreeSet<Integer> rebuilt = new TreeSet<>();
        TreeSet<Integer> cached = new TreeSet<>();
        for (StepStatus s : statuses) {
            int line = s.instruction().span().startLine();
            if (s.instruction() instanceof From) {
                continue;
            }
            if (s.status() == Status.REBUILT || (c[0].equals("cold") && s.status() == Status.CACHED)) {
                rebuilt.add(line);
            } else if (s.status() == Status.CACHED) {
                cached.add(line);
            }
        }
        TreeSet<Integer> expectedRebuilt = new TreeSet<>();
        TreeSet<Integer> expectedCached = new TreeSet<>();
        if (outcome.equals("all cached")) {
            expectedCached.addAll(rebuilt);
            expectedCached.addAll(cached);
        } else {
            for (String part : outcome.split("; ")) {
                TreeSet<Integer> into = part.startsWith("rebuilt") ? expectedRebuilt : expectedCached;
                for (String n : part.substring(part.indexOf(' ') + 1).split(",")) {
                    into.add(Integer.parseInt(n.strip()));
                }
            }
        }
        assertThat(rebuilt).as("rebuilt lines, %s %s", mutation, builderName).isEqualTo(expectedRebuilt);
        assertThat(cached).as("cached lines, %s %s", mutation, builderName).isEqualTo(expectedCached);
    }

    private static Instruction at(Dockerfile file, int line) {
        return file.instructions().stream().filter(i -> i.span().startLine() == line).findFirst().orElseThrow();
    }
}
