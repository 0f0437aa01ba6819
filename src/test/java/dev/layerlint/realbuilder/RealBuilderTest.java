package dev.layerlint.realbuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.layerlint.ast.Dockerfile;
import dev.layerlint.ast.From;
import dev.layerlint.ast.Instruction;
import dev.layerlint.cache.Builder;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.Step;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.model.Stage;
import dev.layerlint.parser.Parser;
import dev.layerlint.source.SourceText;
import dev.layerlint.testing.ScenarioReplay;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern BK_STEP = Pattern.compile("^#(\\d+) \\[(?:(\\S+) )?(\\d+)/(\\d+)] (.*)$");
    private static final Pattern BK_CACHED = Pattern.compile("^#(\\d+) CACHED$");
    private static final Pattern CLASSIC_STEP = Pattern.compile("^Step (\\d+)/(\\d+) : (.*)$");

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
                            () -> new Run(host, dir, builder).run()));
                }
            }
        }
        if (System.getProperty("layerlint.scenarios", "").isEmpty()) {
            assertThat(tests.size() / 2).as("scenarios")
                    .isGreaterThanOrEqualTo(Integer.getInteger("layerlint.minScenarios", 25));
        }
        return tests.stream();
    }

    /** One scenario replayed with one builder. */
    static final class Run {
        private final String host;
        private final Path scenario;
        private final Builder builder;
        private final ScenarioReplay replay;
        private final Path work;
        private final Map<String, String> args;
        private final String tag;

        Run(String host, Path scenario, Builder builder) throws IOException {
            this.host = host;
            this.scenario = scenario;
            this.builder = builder;
            this.replay = new ScenarioReplay(scenario, builder.name().toLowerCase());
            this.work = replay.work();
            this.args = replay.args();
            this.tag = "layerlint-scenario/" + scenario.getFileName().toString().toLowerCase() + ":"
                    + builder.name().toLowerCase();
        }

        void run() throws Exception {
            resetBuilderCache();
            docker("tag", "base/busybox:1", "layerlint/floating:latest");
            List<String> problems = new ArrayList<>();
            int builds = 0;
            int steps = 0;
            for (ScenarioReplay.Mutation m : ScenarioReplay.mutations(scenario)) {
                builds++;
                if (replay.apply(m)) {
                    docker("tag", "base/busybox:2", "layerlint/floating:latest");
                }
                Map<Integer, String> all = replay.explain(m);
                Map<Integer, String> predicted = predicted(all);
                BuildOutput out = build();
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
            Dockerfile file = parse();
            CacheModel cache = CacheModel.build(SemanticModel.build(file, args, null), builder, null);
            List<Integer> lines = new ArrayList<>();
            for (Step s : cache.steps()) {
                boolean built = builder == Builder.CLASSIC || cache.model().isReachable(s.stage());
                if (s.isStep() && built && !(s.instruction() instanceof From)) {
                    lines.add(s.instruction().span().startLine());
                }
            }
            return lines;
        }

        private boolean usesMount() throws IOException {
            return Files.readString(work.resolve("Dockerfile")).contains("--mount=");
        }

        private Dockerfile parse() throws IOException {
            return Parser.parse(SourceText.of("Dockerfile", Files.readString(work.resolve("Dockerfile"))))
                    .dockerfile();
        }

        /** The builder's report: line to REBUILT/CACHED. */
        private Map<Integer, String> observed(String output) throws IOException {
            Dockerfile file = parse();
            SemanticModel model = SemanticModel.build(file, args, null);
            Map<Integer, String> out = new TreeMap<>();
            if (builder == Builder.CLASSIC) {
                List<Instruction> all = file.instructions(); // classic numbers global ARGs as steps too
                String[] lines = output.split("\n");
                for (int k = 0; k < lines.length; k++) {
                    Matcher m = CLASSIC_STEP.matcher(lines[k].strip());
                    if (!m.matches()) {
                        continue;
                    }
                    int index = Integer.parseInt(m.group(1)) - 1;
                    assertThat(index).as("step %s of %s in:%n%s", m.group(1), all.size(), output)
                            .isLessThan(all.size());
                    Instruction i = all.get(index);
                    if (i instanceof From) {
                        continue;
                    }
                    boolean cached = k + 1 < lines.length && lines[k + 1].contains("Using cache");
                    out.put(i.span().startLine(), cached ? "CACHED" : "REBUILT");
                }
                return out;
            }
            CacheModel cache = CacheModel.build(model, Builder.BUILDKIT, null);
            Map<String, Instruction> byLabel = new LinkedHashMap<>();
            boolean single = model.stages().size() == 1;
            for (Stage s : model.stages()) {
                String label = s.name() != null ? s.name() : "stage-" + s.index();
                // a stage built FROM another stage has no FROM vertex: its steps count from 1
                int k = s.baseStage() != null ? 0 : 1;
                if (s.baseStage() == null) {
                    byLabel.put(label + " " + k, s.from());
                }
                for (Instruction i : s.instructions()) {
                    if (cache.step(i).isStep()) {
                        byLabel.put(label + " " + (++k), i);
                    }
                }
            }
            if (single) { // a one-stage build is printed as [k/n] or [stage-0 k/n]
                Map<String, Instruction> unlabelled = new LinkedHashMap<>();
                byLabel.forEach((key, i) -> unlabelled.put(key.substring(key.indexOf(' ')), i));
                byLabel.putAll(unlabelled);
            }
            Map<String, Instruction> vertices = new LinkedHashMap<>();
            List<String> cached = new ArrayList<>();
            for (String line : output.split("\n")) {
                Matcher m = BK_STEP.matcher(line.strip());
                if (m.matches()) {
                    Instruction i = byLabel.get((m.group(2) == null ? "" : m.group(2)) + " " + m.group(3));
                    if (i != null) {
                        vertices.put(m.group(1), i);
                    }
                }
                Matcher c = BK_CACHED.matcher(line.strip());
                if (c.matches()) {
                    cached.add(c.group(1));
                }
            }
            Map<String, String> byText = new LinkedHashMap<>();
            for (var v : vertices.entrySet()) {
                Instruction i = v.getValue();
                if (i instanceof From) {
                    continue;
                }
                String status = cached.contains(v.getKey()) ? "CACHED" : "REBUILT";
                out.put(i.span().startLine(), status);
                byText.put(text(file, i), status);
            }
            // BuildKit prints a step shared by several stages once: it stands for all of them
            for (var e : byLabel.values()) {
                if (!(e instanceof From) && !out.containsKey(e.span().startLine())
                        && byText.containsKey(text(file, e))) {
                    out.put(e.span().startLine(), byText.get(text(file, e)));
                }
            }
            return out;
        }

        private static String text(Dockerfile file, Instruction i) {
            return file.source().text().substring(i.span().start(), i.span().end());
        }

        record BuildOutput(int exit, String text) {
        }

        private BuildOutput build() throws Exception {
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/docker", "build", "--network=none", "-t", tag));
            if (builder == Builder.BUILDKIT) {
                cmd.add("--progress=plain");
            }
            args.forEach((k, v) -> cmd.addAll(List.of("--build-arg", k + "=" + v)));
            if (builder == Builder.BUILDKIT && usesMount()) {
                for (String id : List.of("token")) {
                    Path secret = Files.createTempFile("layerlint-secret", ".txt");
                    Files.writeString(secret, replay.secrets().getOrDefault(id, "first-value"));
                    cmd.addAll(List.of("--secret", "id=" + id + ",src=" + secret));
                }
            }
            cmd.add(".");
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true);
            pb.environment().put("DOCKER_HOST", host);
            pb.environment().put("DOCKER_BUILDKIT", builder == Builder.BUILDKIT ? "1" : "0");
            Process p = pb.start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new BuildOutput(-1, text + "\n(timed out)");
            }
            return new BuildOutput(p.exitValue(), text);
        }

        /** An empty cache: BuildKit's cache records, and the classic builder's images of earlier runs. */
        private void resetBuilderCache() throws Exception {
            docker("builder", "prune", "-af");
            String images = docker("image", "ls", "--format", "{{.Repository}}:{{.Tag}}");
            for (String image : images.split("\n")) {
                if (image.startsWith("layerlint-scenario/")) {
                    docker("image", "rm", "-f", image);
                }
            }
            docker("image", "prune", "-f");
            // classic cache entries are images: drop every image but the base images
            for (String id : docker("image", "ls", "-a", "-q", "--filter", "dangling=true").split("\n")) {
                if (!id.isBlank()) {
                    docker("image", "rm", "-f", id.strip());
                }
            }
        }

        private String docker(String... args) throws Exception {
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/docker"));
            cmd.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("DOCKER_HOST", host);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(120, TimeUnit.SECONDS);
            return out;
        }
    }
}
