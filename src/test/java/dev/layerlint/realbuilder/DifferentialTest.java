package dev.layerlint.realbuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.layerlint.ast.Dockerfile;
import dev.layerlint.ast.Instruction;
import dev.layerlint.cache.Builder;
import dev.layerlint.realbuilder.ScenarioGenerator.FileState;
import dev.layerlint.realbuilder.ScenarioGenerator.Features;
import dev.layerlint.realbuilder.ScenarioGenerator.State;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential test: random small scenarios ({@link ScenarioGenerator},
 * fixed seeds) replayed on real builders, each build's per-step cache status
 * (read by {@link Docker}) compared with what {@code explain} predicts from
 * what a user knows ({@link ExplainAdapter}).
 *
 * <p>Runs with {@code -Dlayerlint.docker=DOCKER_HOST} (BuildKit 20.10 and the
 * classic builder) and/or {@code -Dlayerlint.dockerModern=CLIENT} (BuildKit
 * 28.5); skipped with a message otherwise. In CI (no
 * {@code layerlint.diff.out}) every disagreement must be one classified in
 * bench/differential/known.tsv; bench/differential.sh sets
 * {@code layerlint.diff.count}, {@code .seed} and {@code .out} to run any
 * number with fresh seeds, writes each disagreement as a ready-to-add scenario
 * folder and prints the agreement numbers.
 */
class DifferentialTest {
    private static final long CI_SEED = 18_000;
    private static final int CI_COUNT = 3;
    private static final int MUTATIONS = 5;
    private static final long EPOCH = 1_700_000_000L;

    /** One step where explain and the builder disagree. */
    record Disagreement(String builder, long seed, int build, String mutation, int line, String instruction,
            String predicted, String observed) {
        String key() {
            return builder + "\t" + seed + "\t" + build + "\t" + line;
        }
    }

    /** Agreement per builder label. */
    static final class Tally {
        int scenarios;
        int builds;
        int steps;
        int agree;
        int coldSteps;
        int failedBuilds;
        final List<Disagreement> disagreements = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
    }

    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    @TestFactory
    Stream<DynamicTest> randomScenariosAgreeWithExplain() throws IOException {
        String host = System.getProperty("layerlint.docker", "");
        String modern = System.getProperty("layerlint.dockerModern", "");
        if (host.isEmpty() && modern.isEmpty()) {
            System.err.println("SKIPPED: the differential test needs dockerd: run .ci/docker-up.sh (and/or "
                    + ".ci/docker-modern-up.sh) and pass -Dlayerlint.docker=<DOCKER_HOST> (and/or "
                    + "-Dlayerlint.dockerModern=<client>) (.ci/run does both)");
        }
        assumeTrue(!host.isEmpty() || !modern.isEmpty(), "no docker: differential test skipped");
        String outDir = System.getProperty("layerlint.diff.out", "");
        boolean bench = !outDir.isEmpty();
        int count = Integer.parseInt(orDefault("layerlint.diff.count", String.valueOf(CI_COUNT)));
        long seed = Long.parseLong(orDefault("layerlint.diff.seed", String.valueOf(CI_SEED)));
        Set<String> wanted = Set.of(orDefault("layerlint.diff.builders", "buildkit,classic,buildkit-28").split(","));
        List<DynamicTest> tests = new ArrayList<>();
        record Target(String label, Docker docker, Builder builder, Features features) {
        }
        List<Target> targets = new ArrayList<>();
        if (!host.isEmpty() && wanted.contains("buildkit")) {
            targets.add(new Target("buildkit", Docker.legacy(host), Builder.BUILDKIT, new Features(true, false)));
        }
        if (!host.isEmpty() && wanted.contains("classic")) {
            targets.add(new Target("classic", Docker.legacy(host), Builder.CLASSIC, new Features(false, false)));
        }
        if (!modern.isEmpty() && wanted.contains("buildkit-28")) {
            targets.add(new Target("buildkit-28", Docker.modern(modern), Builder.BUILDKIT,
                    new Features(true, true)));
        }
        // seeds outside, builders inside: a bench run stopped early has the same seeds on every builder
        for (int k = 0; k < count; k++) {
            long s = seed + k;
            for (Target t : targets) {
                tests.add(DynamicTest.dynamicTest(t.label() + " seed " + s, () -> {
                    replay(t.label(), t.docker(), t.builder(), t.features(), s, bench);
                    if (bench) { // the numbers so far, so that a long run can be stopped at any time
                        summary(true, outDir, false);
                    }
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("summary", () -> summary(bench, outDir, true)));
        return tests.stream();
    }

    private static String orDefault(String property, String fallback) {
        String v = System.getProperty(property, "");
        return v.isBlank() ? fallback : v.strip();
    }

    private Tally tally(String label) {
        return tallies.computeIfAbsent(label, k -> new Tally());
    }

    private void replay(String label, Docker docker, Builder builder, Features features, long seed, boolean bench)
            throws Exception {
        List<State> states = ScenarioGenerator.scenario(seed, features, MUTATIONS);
        Tally tally = tally(label);
        tally.scenarios++;
        Path work = Files.createTempDirectory("layerlint-diff");
        Path scratch = Files.createTempDirectory("layerlint-diff-scratch");
        String tag = "layerlint-diff/s" + seed + ":" + label;
        docker.resetBuilderCache("layerlint-diff/");
        ExplainAdapter adapter = new ExplainAdapter(ExplainAdapter.mode(), builder, scratch);
        Path dockerfile = work.resolve("Dockerfile");
        Path lastDockerfile = scratch.resolve("last.Dockerfile");
        List<Disagreement> found = new ArrayList<>();
        State last = null;
        String floating = null;
        for (int b = 0; b < states.size(); b++) {
            State now = states.get(b);
            write(now, work);
            if (!now.floating().equals(floating)) {
                docker.docker("tag", now.floating(), ScenarioGenerator.FLOATING);
                floating = now.floating();
            }
            Path secret = scratch.resolve("secret.txt");
            Files.writeString(secret, now.secret());
            Map<String, Path> secrets = now.dockerfileText().contains("type=secret") ? Map.of("token", secret)
                    : Map.of();
            List<String> arguments = adapter.arguments(dockerfile, last, now, lastDockerfile);
            Docker.BuildOutput out = docker.build(work, tag, builder, now.args(), secrets);
            tally.builds++;
            if (out.exit() != 0) {
                tally.failedBuilds++;
                String why = label + " seed " + seed + " build " + b + " (" + now.mutation() + ") failed:\n"
                        + tail(out.text());
                tally.failures.add(why);
                assertThat(bench).as(why).isTrue();
                break;
            }
            Dockerfile file = Docker.parse(dockerfile);
            Map<String, String> args = now.args();
            List<Integer> steps = Docker.stepLines(file, args, builder);
            Map<Integer, String> observed = Docker.observed(out.text(), file, args, builder);
            Map<Integer, String> predicted = adapter.predict(dockerfile, arguments, steps);
            adapter.built(dockerfile, now);
            for (var e : predicted.entrySet()) {
                if (b == 0) {
                    tally.coldSteps++;
                    continue;
                }
                tally.steps++;
                String saw = observed.getOrDefault(e.getKey(), "NOT-REPORTED");
                if (saw.equals(e.getValue())) {
                    tally.agree++;
                } else {
                    found.add(new Disagreement(label, seed, b, now.mutation(), e.getKey(),
                            instruction(file, e.getKey()), e.getValue(), saw));
                }
            }
            Files.writeString(lastDockerfile, now.dockerfileText());
            last = now;
        }
        tally.disagreements.addAll(found);
        if (bench && !found.isEmpty()) {
            export(Path.of(System.getProperty("layerlint.diff.out")), label, seed, states, found);
        }
    }

    private static String tail(String text) {
        String[] lines = text.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 15), lines.length));
    }

    private static String instruction(Dockerfile file, int line) {
        for (Instruction i : file.instructions()) {
            if (i.span().startLine() == line) {
                return file.source().text().substring(i.span().start(), i.span().end()).split("\n")[0];
            }
        }
        return "?";
    }

    /** Makes the working folder hold exactly this state's context (content, mode, mtime) and Dockerfile. */
    static void write(State state, Path work) throws IOException {
        try (Stream<Path> walk = Files.walk(work)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                String rel = work.relativize(p).toString();
                if (Files.isRegularFile(p) && !rel.equals("Dockerfile") && !state.files().containsKey(rel)) {
                    Files.delete(p);
                }
            }
        }
        for (var e : state.files().entrySet()) {
            Path p = work.resolve(e.getKey());
            FileState f = e.getValue();
            byte[] bytes = (f.content() + "\n").getBytes(StandardCharsets.UTF_8);
            Files.createDirectories(p.getParent());
            if (!Files.exists(p) || !Arrays.equals(Files.readAllBytes(p), bytes)) {
                Files.write(p, bytes);
            }
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(f.executable() ? "rwxr-xr-x"
                    : "rw-r--r--"));
            Files.setLastModifiedTime(p, FileTime.fromMillis((EPOCH + f.mtime()) * 1000));
        }
        Files.writeString(work.resolve("Dockerfile"), state.dockerfileText());
    }

    /**
     * A disagreement as a ready-to-add scenario in the format of
     * testdata/cache-scenarios: the cold build's files and Dockerfile,
     * {@code Dockerfile.<mutation>} variants, mutations.txt in RealBuilderTest's
     * actions (a revert is several actions joined with {@code &&}), and
     * observed.tsv with what the builder did and what explain predicted.
     */
    private static void export(Path root, String label, long seed, List<State> states, List<Disagreement> found)
            throws IOException {
        Path dir = root.resolve(label + "-" + seed);
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        write(states.get(0), dir);
        List<String> cold = new ArrayList<>(List.of("cold"));
        states.get(0).args().forEach((k, v) -> cold.add("arg " + k + "=" + v));
        if (!states.get(0).floating().equals("base/busybox:1")) {
            cold.add("base-update " + states.get(0).floating());
        }
        List<String> mutations = new ArrayList<>(List.of(
                "# generated by DifferentialTest (" + label + ", seed " + seed + "); mutation | actions",
                "cold | " + String.join(" && ", cold)));
        for (int b = 1; b < states.size(); b++) {
            State before = states.get(b - 1);
            State now = states.get(b);
            String name = "b" + b + "-" + now.mutation().split("[ =]")[0];
            List<String> actions = actions(before, now, name, dir);
            mutations.add(name + " | " + (actions.isEmpty() ? "none" : String.join(" && ", actions)));
        }
        Files.write(dir.resolve("mutations.txt"), mutations);
        List<String> rows = new ArrayList<>(List.of("build\tmutation\tline\tinstruction\tpredicted\tobserved"));
        for (Disagreement d : found) {
            rows.add(d.build() + "\t" + d.mutation() + "\t" + d.line() + "\t" + d.instruction() + "\t"
                    + d.predicted() + "\t" + d.observed());
        }
        Files.write(dir.resolve("observed.tsv"), rows);
    }

    /** The mutations.txt actions that turn {@code before} into {@code now}. */
    private static List<String> actions(State before, State now, String name, Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(before.files().keySet());
        paths.addAll(now.files().keySet());
        for (String p : paths) {
            FileState a = before.files().get(p);
            FileState b = now.files().get(p);
            if (p.equals(ScenarioGenerator.IGNORE)) {
                List<String> was = a == null ? List.of() : List.of(a.content().split("\n"));
                List<String> is = b == null ? List.of() : List.of(b.content().split("\n"));
                was.stream().filter(l -> !l.isEmpty() && !is.contains(l)).forEach(l -> out.add("unignore " + l));
                is.stream().filter(l -> !l.isEmpty() && !was.contains(l)).forEach(l -> out.add("ignore " + l));
            } else if (b == null) {
                out.add("delete " + p);
            } else if (a == null) {
                out.add("add " + p + " " + b.content());
            } else {
                if (!a.content().equals(b.content())) {
                    out.add("edit " + p + " " + b.content());
                } else if (a.mtime() != b.mtime()) {
                    out.add("touch " + p);
                }
                if (a.executable() != b.executable()) {
                    out.add("chmod " + p + " " + (b.executable() ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        if (!before.dockerfileText().equals(now.dockerfileText())) {
            Files.writeString(dir.resolve("Dockerfile." + name), now.dockerfileText());
            out.add("dockerfile " + name);
        }
        TreeSet<String> names = new TreeSet<>(before.args().keySet());
        names.addAll(now.args().keySet());
        for (String n : names) {
            String v = now.args().get(n);
            if (v == null && before.args().containsKey(n)) {
                out.add("unarg " + n);
            } else if (v != null && !v.equals(before.args().get(n))) {
                out.add("arg " + n + "=" + v);
            }
        }
        if (!before.floating().equals(now.floating())) {
            out.add("base-update " + now.floating());
        }
        if (!before.secret().equals(now.secret())) {
            out.add("secret token " + now.secret());
        }
        return out;
    }

    private void summary(boolean bench, String outDir, boolean print) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Disagreement> all = new ArrayList<>();
        for (var e : tallies.entrySet()) {
            Tally t = e.getValue();
            lines.add(String.format("%-12s scenarios %d, builds %d (failed %d), steps agreeing %d / %d (%.2f %%), "
                    + "cold steps %d, disagreements %d", e.getKey(), t.scenarios, t.builds, t.failedBuilds, t.agree,
                    t.steps, t.steps == 0 ? 100.0 : 100.0 * t.agree / t.steps, t.coldSteps,
                    t.disagreements.size()));
            all.addAll(t.disagreements);
            t.failures.forEach(f -> lines.add("FAILED BUILD: " + f));
        }
        // the shapes: mutation kind x instruction keyword x direction
        Map<String, Integer> shapes = new TreeMap<>();
        for (Disagreement d : all) {
            String kind = d.mutation().split("[ =]")[0];
            String keyword = d.instruction().split("\\s")[0];
            shapes.merge(d.builder() + "\t" + kind + "\t" + keyword + "\tpredicted " + d.predicted() + " observed "
                    + d.observed(), 1, Integer::sum);
        }
        lines.add("disagreements by builder, mutation kind, instruction, direction:");
        shapes.forEach((k, v) -> lines.add(String.format("%5d  %s", v, k)));
        lines.add("every disagreement (builder, seed, build, mutation, line, instruction, predicted, observed):");
        for (Disagreement d : all) {
            lines.add(d.builder() + "\t" + d.seed() + "\t" + d.build() + "\t" + d.mutation() + "\t" + d.line() + "\t"
                    + d.instruction() + "\t" + d.predicted() + "\t" + d.observed());
        }
        if (print) {
            lines.forEach(System.out::println);
        }
        if (bench) {
            Files.createDirectories(Path.of(outDir));
            Files.write(Path.of(outDir).resolve("summary-" + orDefault("layerlint.diff.seed", String.valueOf(CI_SEED)) + ".txt"), lines);
            return;
        }
        Path known = Shared.projectDir().resolve("bench/differential/known.tsv");
        Set<String> classified = new TreeSet<>();
        if (Files.exists(known)) {
            for (String row : Files.readAllLines(known)) {
                String[] f = row.split("\t");
                if (!row.startsWith("#") && f.length >= 4) {
                    classified.add(f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + f[3]);
                }
            }
        }
        List<String> unexplained = all.stream().map(Disagreement::key).filter(k -> !classified.contains(k)).toList();
        assertThat(unexplained).as("disagreements of the CI seeds not classified in bench/differential/known.tsv "
                + "(builder, seed, build, line); all of them:%n%s", String.join("\n", lines)).isEmpty();
        assertThat(tallies.values().stream().mapToInt(t -> t.steps).sum()).as("steps compared").isPositive();
    }
}
