package dev.layerlint.realbuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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
 * {@code layerlint explain --format json} predicts for the same mutation.
 *
 * <p>Runs when {@code -Dlayerlint.docker=unix:///...} names a daemon started
 * by .ci/docker-up.sh (.ci/run does this); otherwise it is skipped with a
 * message.
 */
class RealBuilderTest {
    private static final Pattern BK_STEP = Pattern.compile("^#(\\d+) \\[(?:(\\S+) )?(\\d+)/(\\d+)] (.*)$");
    private static final Pattern BK_CACHED = Pattern.compile("^#(\\d+) CACHED$");
    private static final Pattern CLASSIC_STEP = Pattern.compile("^Step (\\d+)/(\\d+) : (.*)$");

    /** One line of mutations.txt. */
    record Mutation(String name, String action, List<String> args, boolean sameOutput, Map<String, String> bugs) {
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
                            () -> new Run(host, dir, builder).run()));
                }
            }
        }
        assertThat(tests.size() / 2).as("scenarios").isGreaterThanOrEqualTo(Integer.getInteger("layerlint.minScenarios", 25));
        return tests.stream();
    }

    /** One scenario replayed with one builder. */
    static final class Run {
        private final String host;
        private final Path scenario;
        private final Builder builder;
        private final Path work;
        private final Map<String, String> args = new LinkedHashMap<>();
        private final Map<String, String> secrets = new LinkedHashMap<>();
        private final String tag;

        Run(String host, Path scenario, Builder builder) throws IOException {
            this.host = host;
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
                BuildOutput out = build();
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
                List<String> words = new ArrayList<>(List.of(parts[1].strip().split("\\s+")));
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
                out.add(new Mutation(parts[0].strip(), words.get(0), words.subList(1, words.size()), same, bugs));
            }
            return out;
        }

        /** Applies a mutation to the working copy; returns explain's change flags (null: nothing changed). */
        private List<String> apply(Mutation m, Path previous) throws Exception {
            List<String> a = m.args();
            Path target = a.isEmpty() ? null : work.resolve(a.get(0));
            List<String> flags = new ArrayList<>();
            switch (m.action()) {
                case "cold" -> flags = null;
                case "none" -> flags = List.of();
                case "arg" -> {
                    String[] kv = a.get(0).split("=", 2);
                    String old = args.put(kv[0], kv[1]);
                    if (!kv[1].equals(old)) {
                        flags.addAll(List.of("--build-arg-changed", kv[0]));
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
                    if (m.action().equals("ignore")) {
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
                    docker("tag", "base/busybox:2", "layerlint/floating:latest");
                    flags.addAll(List.of("--base-updated", "layerlint/floating:latest"));
                }
                case "secret" -> secrets.put(a.get(0), a.get(1));
                default -> throw new IllegalArgumentException("unknown mutation " + m.action());
            }
            if (flags != null && m.sameOutput()) {
                flags.add("--same-output");
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
                    Files.writeString(secret, secrets.getOrDefault(id, "first-value"));
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
