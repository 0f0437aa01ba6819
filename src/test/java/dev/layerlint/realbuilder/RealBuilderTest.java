package dev.layerlint.realbuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.layerlint.ast.Dockerfile;
import dev.layerlint.cache.Builder;
import dev.layerlint.testing.Cli;
import dev.layerlint.testing.Shared;
import dev.layerlint.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
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
 * {@code layerlint explain --format json} predicts for the same mutation.
 *
 * <p>Runs when {@code -Dlayerlint.docker=unix:///...} names a daemon started
 * by .ci/docker-up.sh (.ci/run does this); otherwise it is skipped with a
 * message.
 */
class RealBuilderTest {
    /** One line of mutations.txt: its actions (several joined with {@code &&} make one build). */
    record Mutation(String name, String actions, boolean sameOutput, Map<String, String> bugs) {
    }

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
            for (Path dir : dirs.filter(d -> Files.exists(d.resolve("mutations.txt"))).sorted().toList()) {
                for (Builder builder : Builder.values()) {
                    tests.add(DynamicTest.dynamicTest(dir.getFileName() + " " + builder.name().toLowerCase(),
                            () -> new Run(Docker.legacy(host), dir, builder).run()));
                }
            }
        }
        assertThat(tests.size() / 2).as("scenarios").isGreaterThanOrEqualTo(Integer.getInteger("layerlint.minScenarios", 25));
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
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> Files.exists(d.resolve("mutations.txt"))).sorted().toList()) {
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
        private final Path work;
        private final Map<String, String> args = new LinkedHashMap<>();
        private final Map<String, String> secrets = new LinkedHashMap<>();
        private final String tag;

        Run(Docker docker, Path scenario, Builder builder) throws IOException {
            this.docker = docker;
            this.scenario = scenario;
            this.builder = builder;
            this.work = Files.createTempDirectory("layerlint-scenario");
            this.tag = "layerlint-scenario/" + scenario.getFileName().toString().toLowerCase() + ":"
                    + builder.name().toLowerCase();
        }

        void run() throws Exception {
            TestFiles.copyTree(scenario, work);
            Files.deleteIfExists(work.resolve("mutations.txt"));
            Files.deleteIfExists(work.resolve("expected.tsv"));
            resetBuilderCache();
            docker("tag", "base/busybox:1", "layerlint/floating:latest");
            List<String> problems = new ArrayList<>();
            for (Mutation m : mutations()) {
                Path previous = Files.createTempFile("layerlint-previous", ".Dockerfile");
                Files.copy(work.resolve("Dockerfile"), previous, StandardCopyOption.REPLACE_EXISTING);
                List<String> explainArgs = apply(m, previous);
                Docker.BuildOutput out = build();
                if (builder == Builder.CLASSIC && usesMount()) {
                    assertThat(out.exit()).as("classic cannot build RUN --mount").isNotZero();
                    assertThat(out.text()).contains("--mount option requires BuildKit");
                    return;
                }
                assertThat(out.exit()).as("%s %s build failed:%n%s", scenario.getFileName(), m.name(), out.text())
                        .isZero();
                Map<Integer, String> observed = observed(out.text());
                Map<Integer, String> predicted = predicted(explainArgs);
                String bug = m.bugs().get(builder.name().toLowerCase());
                for (var e : predicted.entrySet()) {
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
            assertThat(problems).as("%s with %s", scenario.getFileName(), builder).isEmpty();
        }

        private boolean usesMount() throws IOException {
            return Files.readString(work.resolve("Dockerfile")).contains("--mount=");
        }

        private List<Mutation> mutations() throws IOException {
            List<Mutation> out = new ArrayList<>();
            for (String line : Files.readAllLines(scenario.resolve("mutations.txt"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                Map<String, String> bugs = new LinkedHashMap<>();
                boolean same = false;
                for (int k = 2; k < parts.length; k++) {
                    String opt = parts[k].strip();
                    if (opt.equals("same-output")) {
                        same = true;
                    } else if (opt.startsWith("bug ")) {
                        String[] b = opt.substring(4).split(" ", 2);
                        bugs.put(b[0], b[1]);
                    }
                }
                out.add(new Mutation(parts[0].strip(), parts[1].strip(), same, bugs));
            }
            return out;
        }

        /** Applies a mutation to the working copy; returns explain's change flags (null: a cold build). */
        private List<String> apply(Mutation m, Path previous) throws Exception {
            List<String> flags = new ArrayList<>();
            boolean cold = false;
            for (String action : m.actions().split(" && ")) {
                List<String> words = List.of(action.strip().split("\\s+"));
                List<String> some = apply(words.get(0), words.subList(1, words.size()), previous);
                if (some == null) {
                    cold = true;
                } else {
                    flags.addAll(some);
                }
            }
            if (cold) {
                return null;
            }
            if (m.sameOutput()) {
                flags.add("--same-output");
            }
            return flags;
        }

        /** One action of a mutation. */
        private List<String> apply(String action, List<String> a, Path previous) throws Exception {
            Path target = a.isEmpty() ? null : work.resolve(a.get(0));
            List<String> flags = new ArrayList<>();
            switch (action) {
                case "cold" -> flags = null;
                case "none" -> flags = List.of();
                case "arg" -> {
                    String[] kv = a.get(0).split("=", 2);
                    String old = args.put(kv[0], kv[1]);
                    if (!kv[1].equals(old)) {
                        flags.addAll(List.of("--build-arg-changed", kv[0]));
                    }
                }
                case "unarg" -> {
                    if (args.remove(a.get(0)) != null) {
                        flags.addAll(List.of("--build-arg-changed", a.get(0)));
                    }
                }
                case "edit", "add" -> {
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, String.join(" ", a.subList(1, a.size())) + "\n");
                    flags.addAll(List.of("--changed", a.get(0)));
                }
                case "same-size-edit" -> {
                    FileTime mtime = Files.getLastModifiedTime(target);
                    String text = Files.readString(target);
                    Files.writeString(target, text.toUpperCase());
                    Files.setLastModifiedTime(target, mtime);
                    flags.addAll(List.of("--changed", a.get(0)));
                }
                case "delete" -> {
                    Files.delete(target);
                    flags.addAll(List.of("--changed", a.get(0)));
                }
                case "touch" -> Files.setLastModifiedTime(target, FileTime.fromMillis(System.currentTimeMillis()
                        + 3_600_000));
                case "chmod" -> {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(a.get(1)));
                    flags.addAll(List.of("--changed", a.get(0)));
                }
                case "ignore", "unignore" -> {
                    Path ignore = work.resolve(".dockerignore");
                    List<String> lines = Files.exists(ignore) ? new ArrayList<>(Files.readAllLines(ignore))
                            : new ArrayList<>();
                    if (action.equals("ignore")) {
                        lines.add(a.get(0));
                    } else {
                        lines.remove(a.get(0));
                    }
                    Files.write(ignore, lines);
                    flags.addAll(List.of("--changed", ".dockerignore", a.get(0)));
                }
                case "dockerfile" -> {
                    Files.copy(work.resolve("Dockerfile." + a.get(0)), work.resolve("Dockerfile"),
                            StandardCopyOption.REPLACE_EXISTING);
                    flags.addAll(List.of("--previous", previous.toString()));
                }
                case "base-update" -> {
                    docker("tag", a.isEmpty() ? "base/busybox:2" : a.get(0), "layerlint/floating:latest");
                    flags.addAll(List.of("--base-updated", "layerlint/floating:latest"));
                }
                case "secret" -> secrets.put(a.get(0), a.get(1));
                default -> throw new IllegalArgumentException("unknown mutation " + action);
            }
            return flags;
        }

        /** Line to REBUILT/CACHED for every cache step of the built stages (FROM left out). */
        private Map<Integer, String> predicted(List<String> flags) throws IOException {
            Map<Integer, String> out = new TreeMap<>();
            if (flags == null || flags.isEmpty()) {
                for (int line : stepLines()) {
                    out.put(line, flags == null ? "REBUILT" : "CACHED");
                }
                return out;
            }
            List<String> argv = new ArrayList<>(List.of("explain", work.resolve("Dockerfile").toString(),
                    "--format", "json", "--builder", builder.name().toLowerCase()));
            argv.addAll(flags);
            Cli.Run run = Cli.run(argv.toArray(new String[0]));
            assertThat(run.exit()).as("explain: %s", run.err()).isZero();
            for (JsonElement e : JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("steps")) {
                JsonObject o = e.getAsJsonObject();
                String status = o.get("status").getAsString();
                if (status.equals("REBUILT") || status.equals("CACHED")) {
                    int line = o.get("line").getAsInt();
                    if (stepLines().contains(line)) {
                        out.put(line, status);
                    }
                }
            }
            return out;
        }

        /** Lines of the instructions the builder reports as steps (not FROM). */
        private List<Integer> stepLines() throws IOException {
            return Docker.stepLines(parse(), args, builder);
        }

        private Dockerfile parse() throws IOException {
            return Docker.parse(work.resolve("Dockerfile"));
        }

        /** The builder's report: line to REBUILT/CACHED. */
        private Map<Integer, String> observed(String output) throws IOException {
            return Docker.observed(output, parse(), args, builder);
        }

        private Docker.BuildOutput build() throws Exception {
            Map<String, Path> files = new LinkedHashMap<>();
            if (builder == Builder.BUILDKIT && usesMount()) {
                for (String id : List.of("token")) {
                    Path secret = Files.createTempFile("layerlint-secret", ".txt");
                    Files.writeString(secret, secrets.getOrDefault(id, "first-value"));
                    files.put(id, secret);
                }
            }
            return docker.build(work, tag, builder, args, files);
        }

        /** An empty cache: BuildKit's cache records, and the classic builder's images of earlier runs. */
        private void resetBuilderCache() throws Exception {
            docker.resetBuilderCache("layerlint-scenario/");
        }

        private String docker(String... args) throws Exception {
            return docker.docker(args);
        }
    }
}
