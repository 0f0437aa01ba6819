package dev.layerlint.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.testing.ScenarioReplay;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * explain's predictions against what real builders did, for every scenario of
 * real-builders.md and both builders (testdata/cache-scenarios): each
 * scenario's mutations.txt is replayed build after build as a user's CI runs
 * explain (--history and --record, this build's --build-arg values), and
 * every row of its expected.tsv (one observed build) is compared with the
 * prediction for that build. A row whose build mutations.txt does not replay
 * fails: an observation is never dropped.
 */
class CacheScenarioTest {
    /** Predictions per scenario and builder, replayed once: mutation name to (line to status). */
    private final Map<String, Map<String, Map<Integer, String>>> replayed = new HashMap<>();

    @TestFactory
    Stream<DynamicTest> predictionsMatchRealBuilders() throws IOException {
        Path root = Shared.projectDir().resolve("testdata/cache-scenarios");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> Files.exists(d.resolve("expected.tsv"))).sorted().toList()) {
                for (String row : Files.readAllLines(dir.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
                    String[] f = row.split("\t");
                    tests.add(DynamicTest.dynamicTest(dir.getFileName() + " " + f[0] + " " + f[2],
                            () -> check(dir, f[0], f[2], f[3])));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(100);
        return tests.stream();
    }

    private Map<String, Map<Integer, String>> replay(Path dir, String builder) throws IOException {
        String key = dir.getFileName() + " " + builder;
        if (!replayed.containsKey(key)) {
            ScenarioReplay replay = new ScenarioReplay(dir, builder);
            Map<String, Map<Integer, String>> byMutation = new HashMap<>();
            for (ScenarioReplay.Mutation m : ScenarioReplay.mutations(dir)) {
                replay.apply(m);
                byMutation.put(m.name(), replay.explain(m));
            }
            replayed.put(key, byMutation);
        }
        return replayed.get(key);
    }

    private void check(Path dir, String mutation, String builder, String outcome) throws Exception {
        Map<String, Map<Integer, String>> byMutation = replay(dir, builder);
        assertThat(byMutation).as("%s: the observed build %s is replayed by mutations.txt", dir.getFileName(),
                mutation).containsKey(mutation);
        // the builder is wrong here (expected.tsv records its upstream issue): nothing to compare the model with,
        // so the row is reported as skipped, not passed
        Assumptions.assumeFalse(outcome.startsWith("builder-bug"),
                () -> "the builder is wrong here (" + outcome + "); the model predicts what a correct builder does");
        Map<Integer, String> statuses = byMutation.get(mutation);
        if (outcome.equals("n/a")) {
            assertThat(statuses).containsValue("UNSUPPORTED");
            return;
        }
        TreeSet<Integer> rebuilt = new TreeSet<>();
        TreeSet<Integer> cached = new TreeSet<>();
        statuses.forEach((line, status) -> {
            if (status.equals("REBUILT")) {
                rebuilt.add(line);
            } else if (status.equals("CACHED")) {
                cached.add(line);
            }
        });
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
        assertThat(rebuilt).as("rebuilt lines, %s %s", mutation, builder).isEqualTo(expectedRebuilt);
        assertThat(cached).as("cached lines, %s %s", mutation, builder).isEqualTo(expectedCached);
    }
}
