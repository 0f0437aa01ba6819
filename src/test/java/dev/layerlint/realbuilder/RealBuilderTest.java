package dev.layerlint.realbuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.layerlint.cache.Builder;
import dev.layerlint.testing.ScenarioReplay;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every scenario of testdata/cache-scenarios (its mutations.txt) on a
 * real dockerd, with BuildKit and with the classic builder, reads each step's
 * cache status from the builder's output, and compares it with what
 * {@code layerlint explain --format json} predicts for the same build when
 * asked as a user's CI asks it (ScenarioReplay: --history and --record, this
 * build's --build-arg values).
 *
 * <p>Runs when {@code -Dlayerlint.docker=unix:///...} names a daemon started
 * by .ci/docker-up.sh (.ci/run does this); otherwise it is skipped with a
 * message.
 */
class RealBuilderTest {

    @TestFactory
    Stream<DynamicTest> realBuildersAgreeWithExplain() throws IOException {
        String host = System.getProperty("layerlint.docker", "");
        if (host.isEmpty()) {
            System.err.println("SKIPPED: the real-builder suite needs dockerd: run .ci/docker-up.sh and pass "
                    + "-Dlayerlint.docker=<its DOCKER_HOST> (.ci/run does both)");
        }
        assumeTrue(!host.isEmpty(), "no -Dlayerlint.docker: real-builder suite skipped");
        Path root = Shared.projectDir().resolve("testdata/cache-scenarios");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            // -Dlayerlint.scenarios=REGEX replays only the scenarios whose folder name matches (while iterating)
            String only = System.getProperty("layerlint.scenarios", "");
            for (Path dir : dirs.filter(d -> Files.exists(d.resolve("mutations.txt"))).sorted().toList()) {
                if (!only.isEmpty() && !dir.getFileName().toString().matches(only)) {
                    continue;
                }
                for (Builder builder : Builder.values()) {
                    tests.add(DynamicTest.dynamicTest(dir.getFileName() + " " + builder.name().toLowerCase(),
                            () -> {
                                // a scenario only Docker 28 builds (heredocs, COPY --link, --exclude)
                                assumeTrue(ScenarioReplay.observedWith(dir, builder.name().toLowerCase()),
                                        "not observed with dockerd 20.10 " + builder);
                                new Run(Docker.legacy(host), dir, builder).run();
                            }));
                }
            }
        }
        if (System.getProperty("layerlint.scenarios", "").isEmpty()) {
            assertThat(tests.size() / 2).as("scenarios")
                    .isGreaterThanOrEqualTo(Integer.getInteger("layerlint.minScenarios", 25));
        }
        return tests.stream();
    }

    /**
     * The same scenarios on the engine users run today (Docker 28.5, BuildKit
     * through buildx): runs when {@code -Dlayerlint.dockerModern=CLIENT} names
     * the client wrapper .ci/docker-modern-up.sh prints.
     */
    @TestFactory
    Stream<DynamicTest> modernBuildKitAgreesWithExplain() throws IOException {
        String client = System.getProperty("layerlint.dockerModern", "");
        if (client.isEmpty()) {
            System.err.println("SKIPPED: the modern real-builder suite needs Docker 28: run .ci/docker-modern-up.sh "
                    + "and pass -Dlayerlint.dockerModern=<the client it prints> (.ci/run does both)");
        }
        assumeTrue(!client.isEmpty(), "no -Dlayerlint.dockerModern: modern real-builder suite skipped");
        Path root = Shared.projectDir().resolve("testdata/cache-scenarios");
        String only = System.getProperty("layerlint.scenarios", "");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> Files.exists(d.resolve("mutations.txt"))).sorted().toList()) {
                if (!only.isEmpty() && !dir.getFileName().toString().matches(only)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(dir.getFileName() + " buildkit-28",
                        () -> new Run(Docker.modern(client), dir, Builder.BUILDKIT).run()));
            }
        }
        return tests.stream();
    }

    /** One scenario replayed with one builder. */
    static final class Run {
        private final Docker docker;
        private final Path scenario;
        private final Builder builder;
        private final ScenarioReplay replay;
        private final Path work;
        private final Map<String, String> args;
        private final String tag;

        Run(Docker docker, Path scenario, Builder builder) throws IOException {
            this.docker = docker;
            this.scenario = scenario;
            this.builder = builder;
            this.replay = new ScenarioReplay(scenario, builder.name().toLowerCase());
            this.work = replay.work();
            this.args = replay.args();
            this.tag = "layerlint-scenario/" + scenario.getFileName().toString().toLowerCase() + ":"
                    + builder.name().toLowerCase();
        }

        void run() throws Exception {
            docker.resetBuilderCache("layerlint-scenario/");
            docker.docker("tag", "base/busybox:1", "layerlint/floating:latest");
            List<String> problems = new ArrayList<>();
            int builds = 0;
            int steps = 0;
            for (ScenarioReplay.Mutation m : ScenarioReplay.mutations(scenario)) {
                builds++;
                if (replay.apply(m)) {
                    docker.docker("tag", replay.floatingImage(), "layerlint/floating:latest");
                }
                Map<Integer, String> all = replay.explain(m);
                Map<Integer, String> predicted = predicted(all);
                Docker.BuildOutput out = build();
                if (builder == Builder.CLASSIC && all.containsValue("UNSUPPORTED")) {
                    assertThat(out.exit()).as("classic cannot build RUN --mount or COPY --chmod").isNotZero();
                    assertThat(out.text()).contains("option requires BuildKit");
                    return;
                }
                assertThat(out.exit()).as("%s %s build failed:%n%s", scenario.getFileName(), m.name(), out.text())
                        .isZero();
                Map<Integer, String> observed = observed(out.text());
                String bug = m.bugs().get(builder.name().toLowerCase());
                for (var e : predicted.entrySet()) {
                    steps++;
                    String saw = observed.get(e.getKey());
                    if (saw == null) {
                        problems.add(m.name() + ": line " + e.getKey() + " predicted " + e.getValue()
                                + " but the builder did not report it");
                    } else if (!saw.equals(e.getValue()) && bug == null) {
                        problems.add(m.name() + ": line " + e.getKey() + " predicted " + e.getValue() + ", builder "
                                + saw);
                    }
                }
                if (bug != null) {
                    System.err.println("known builder bug (" + bug + "): " + scenario.getFileName() + " "
                            + m.name() + " " + builder + ": observed " + observed + ", model " + predicted);
                }
            }
            System.err.println("real builder " + builder + " " + scenario.getFileName() + ": " + builds + " builds, "
                    + steps + " steps compared, " + (problems.isEmpty() ? "all agree" : problems.size()
                    + " disagree: " + problems));
            assertThat(problems).as("%s with %s", scenario.getFileName(), builder).isEmpty();
        }

        /** Line to REBUILT/CACHED for every cache step of the built stages (FROM left out), as explain says. */
        private Map<Integer, String> predicted(Map<Integer, String> all) throws IOException {
            Map<Integer, String> out = new TreeMap<>();
            List<Integer> steps = stepLines();
            all.forEach((line, status) -> {
                if (steps.contains(line) && (status.equals("REBUILT") || status.equals("CACHED"))) {
                    out.put(line, status);
                }
            });
            return out;
        }

        /** Lines of the instructions the builder reports as steps (not FROM). */
        private List<Integer> stepLines() throws IOException {
            return Docker.stepLines(Docker.parse(work.resolve("Dockerfile")), args, builder);
        }

        private boolean usesMount() throws IOException {
            return Files.readString(work.resolve("Dockerfile")).contains("--mount=");
        }

        /** The builder's report: line to REBUILT/CACHED. */
        private Map<Integer, String> observed(String output) throws IOException {
            return Docker.observed(output, Docker.parse(work.resolve("Dockerfile")), args, builder);
        }

        private Docker.BuildOutput build() throws Exception {
            Map<String, Path> secrets = new LinkedHashMap<>();
            if (builder == Builder.BUILDKIT && usesMount()) {
                for (String id : List.of("token")) {
                    Path secret = Files.createTempFile("layerlint-secret", ".txt");
                    Files.writeString(secret, replay.secrets().getOrDefault(id, "first-value"));
                    secrets.put(id, secret);
                }
            }
            return docker.build(work, tag, builder, args, secrets);
        }
    }
}
