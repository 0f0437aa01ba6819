package dev.layerlint.realbuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.layerlint.ast.Dockerfile;
import dev.layerlint.ast.Instruction;
import dev.layerlint.cache.Builder;
import dev.layerlint.realbuilder.ScenarioGenerator.FileState;
import dev.layerlint.realbuilder.ScenarioGenerator.Features;
import dev.layerlint.realbuilder.ScenarioGenerator.State;
import dev.layerlint.testing.ScenarioReplay;
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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
 * what a user knows.
 *
 * <p>Each scenario is first written as a folder in the format of
 * testdata/cache-scenarios ({@code LABEL-SEED}: the cold build's files,
 * mutations.txt, {@code Dockerfile.<mutation>} variants) and replayed from it
 * by {@link ScenarioReplay}, both on the builder and for explain: the builder
 * builds exactly what the folder says, and explain is asked the way a user's
 * CI asks it ({@code --history H --record H}, this build's
 * {@code --build-arg NAME=VALUE}s, {@code --base-updated} when the floating
 * base tag moved). What the builder observed, every step of every build, goes
 * to the folder's observed.tsv. Scoring reads only the folder, so a stored
 * run is rescored without a builder ({@code -Dlayerlint.diff.rescore=DIR}:
 * every folder under DIR, with the current explain).
 *
 * <p>Runs with {@code -Dlayerlint.docker=DOCKER_HOST} (BuildKit 20.10 and the
 * classic builder) and/or {@code -Dlayerlint.dockerModern=CLIENT} (BuildKit
 * 28.5), or with {@code -Dlayerlint.diff.rescore=DIR}; skipped with a message
 * otherwise. In CI (no {@code layerlint.diff.out}) every disagreement must be
 * one classified in bench/differential/known.tsv; bench/differential.sh sets
 * {@code layerlint.diff.count}, {@code .seed} and {@code .out} to run any
 * number with fresh seeds, keeps every scenario folder and prints the
 * agreement numbers.
 */
class DifferentialTest {
    private static final long CI_SEED = 18_000;
    private static final int CI_COUNT = 3;
    private static final int MUTATIONS = 5;
    private static final long EPOCH = 1_700_000_000L;
    static final String OBSERVED = "observed.tsv";
    private static final String HEADER = "build\tmutation\tchange\tline\tobserved\tinstruction";

    /** One step where explain and the builder disagree. */
    record Disagreement(String builder, long seed, int build, String mutation, int line, String instruction,
            String predicted, String observed) {
        String key() {
            return builder + "\t" + seed + "\t" + build + "\t" + line;
        }
    }

    /** One row of observed.tsv: what the builder did with one step of one build (line 0: the build failed). */
    record Observation(int build, String mutation, String change, int line, String status, String instruction) {
        String row() {
            return build + "\t" + mutation + "\t" + change + "\t" + line + "\t" + status + "\t" + instruction;
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
        String rescore = System.getProperty("layerlint.diff.rescore", "");
        if (!rescore.isBlank()) {
            return rescore(Path.of(rescore.strip()));
        }
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
        Path out = bench ? Path.of(outDir) : Files.createTempDirectory("layerlint-diff-run");
        int count = Integer.parseInt(orDefault("layerlint.diff.count", String.valueOf(CI_COUNT)));
        long seed = Long.parseLong(orDefault("layerlint.diff.seed", String.valueOf(CI_SEED)));
        Set<String> wanted = Set.of(orDefault("layerlint.diff.builders", "buildkit,classic,buildkit-28").split(","));
        List<DynamicTest> tests = new ArrayList<>();
        record Target(String label, Docker docker, Features features) {
        }
        List<Target> targets = new ArrayList<>();
        if (!host.isEmpty() && wanted.contains("buildkit")) {
            targets.add(new Target("buildkit", Docker.legacy(host), new Features(true, false)));
        }
        if (!host.isEmpty() && wanted.contains("classic")) {
            targets.add(new Target("classic", Docker.legacy(host), new Features(false, false)));
        }
        if (!modern.isEmpty() && wanted.contains("buildkit-28")) {
            targets.add(new Target("buildkit-28", Docker.modern(modern), new Features(true, true)));
        }
        String summary = "summary-" + seed + ".txt";
        // seeds outside, builders inside: a bench run stopped early has the same seeds on every builder
        for (int k = 0; k < count; k++) {
            long s = seed + k;
            for (Target t : targets) {
                tests.add(DynamicTest.dynamicTest(t.label() + " seed " + s, () -> {
                    Path dir = export(out, t.label(), s, ScenarioGenerator.scenario(s, t.features(), MUTATIONS));
                    observe(dir, t.docker(), builder(t.label()));
                    score(dir);
                    if (bench) { // the numbers so far, so that a long run can be stopped at any time
                        summary(out.resolve(summary), false);
                    }
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("summary", () -> {
            summary(bench ? out.resolve(summary) : null, true);
            if (!bench) {
                delete(out);
                checkKnown();
            }
        }));
        return tests.stream();
    }

    /** Every stored scenario folder under {@code root} (any depth) scored again with the current explain. */
    private Stream<DynamicTest> rescore(Path root) throws IOException {
        List<Path> dirs;
        try (Stream<Path> walk = Files.walk(root)) {
            dirs = walk.filter(p -> p.getFileName().toString().equals(OBSERVED)).map(Path::getParent)
                    .sorted(Comparator.comparing(DifferentialTest::seedOf).thenComparing(Path::toString)).toList();
        }
        assertThat(dirs).as("scenario folders (with %s) under %s", OBSERVED, root).isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : dirs) {
            tests.add(DynamicTest.dynamicTest("rescore " + dir.getFileName(), () -> score(dir)));
        }
        String file = System.getProperty("layerlint.diff.summary", "");
        tests.add(DynamicTest.dynamicTest("summary", () -> summary(file.isBlank() ? null : Path.of(file), true)));
        return tests.stream();
    }

    private static String orDefault(String property, String fallback) {
        String v = System.getProperty(property, "");
        return v.isBlank() ? fallback : v.strip();
    }

    private Tally tally(String label) {
        return tallies.computeIfAbsent(label, k -> new Tally());
    }

    /** A scenario folder's builder label ({@code buildkit}, {@code classic}, {@code buildkit-28}): its name less the seed. */
    static String labelOf(Path dir) {
        String name = dir.getFileName().toString();
        return name.substring(0, name.lastIndexOf('-'));
    }

    static long seedOf(Path dir) {
        String name = dir.getFileName().toString();
        return Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
    }

    /** The builder label ScenarioReplay asks explain for: the run's own label (buildkit-28 adds --store overlay2). */
    static String replayBuilder(String label) {
        return label;
    }

    static Builder builder(String label) {
        return label.equals("classic") ? Builder.CLASSIC : Builder.BUILDKIT;
    }

    /**
     * Replays the scenario folder on the builder, build after build (the
     * working copy {@link ScenarioReplay} makes of it, so the builder builds
     * exactly what the folder says), and writes what the builder observed for
     * every step of every build to the folder's observed.tsv.
     */
    static void observe(Path dir, Docker docker, Builder builder) throws Exception {
        List<State> states = ScenarioGenerator.scenario(seedOf(dir), new Features(builder == Builder.BUILDKIT,
                labelOf(dir).equals("buildkit-28")), MUTATIONS);
        ScenarioReplay replay = new ScenarioReplay(dir, builder.name().toLowerCase(Locale.ROOT));
        Path work = replay.work();
        String tag = "layerlint-diff/s" + seedOf(dir) + ":" + labelOf(dir);
        docker.resetBuilderCache("layerlint-diff/");
        docker.docker("tag", "base/busybox:1", ScenarioGenerator.FLOATING);
        List<ScenarioReplay.Mutation> mutations = ScenarioReplay.mutations(dir);
        List<String> rows = new ArrayList<>(List.of(HEADER));
        String floating = "base/busybox:1";
        try {
            for (int b = 0; b < mutations.size(); b++) {
                ScenarioReplay.Mutation m = mutations.get(b);
                if (replay.apply(m) && !replay.floatingImage().equals(floating)) {
                    floating = replay.floatingImage();
                    docker.docker("tag", floating, ScenarioGenerator.FLOATING);
                }
                State now = states.get(b);
                assertThat(snapshot(work, replay.args(), floating)).as("%s build %d: the folder's "
                        + "mutations.txt replays the generated state", dir.getFileName(), b)
                        .isEqualTo(snapshot(now));
                Map<String, Path> secrets = new LinkedHashMap<>();
                if (builder == Builder.BUILDKIT && now.dockerfileText().contains("type=secret")) {
                    Path secret = Files.createTempFile("layerlint-diff-secret", ".txt");
                    Files.writeString(secret, replay.secrets().getOrDefault("token", "first-value"));
                    secrets.put("token", secret);
                }
                Docker.BuildOutput out = docker.build(work, tag, builder, replay.args(), secrets);
                for (Path s : secrets.values()) {
                    Files.delete(s);
                }
                if (out.exit() != 0) {
                    rows.add(new Observation(b, m.name(), now.mutation(), 0, "FAILED",
                            tail(out.text()).replaceAll("[\t\n]+", " | ")).row());
                    break;
                }
                Dockerfile file = Docker.parse(work.resolve("Dockerfile"));
                for (var e : Docker.observed(out.text(), file, replay.args(), builder).entrySet()) {
                    rows.add(new Observation(b, m.name(), now.mutation(), e.getKey(), e.getValue(),
                            instruction(file, e.getKey())).row());
                }
            }
        } finally {
            Files.write(dir.resolve(OBSERVED), rows);
            delete(work);
        }
    }

    /** A context (relative path to content and executable bit), the Dockerfile, the build args, the base: one text. */
    private static String snapshot(Path work, Map<String, String> args, String floating) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(work)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(work.relativize(p).toString(), Files.readString(p) + " " + (Files.isExecutable(p)
                        ? "exec" : "file"));
            }
        }
        return files + "\nargs " + new TreeMap<>(args) + "\nbase " + floating;
    }

    private static String snapshot(State s) {
        Map<String, String> files = new TreeMap<>();
        s.files().forEach((p, f) -> files.put(p, (f.content().isEmpty() ? "" : f.content() + "\n") + " "
                + (f.executable() ? "exec" : "file")));
        files.put("Dockerfile", s.dockerfileText() + " file");
        return files + "\nargs " + new TreeMap<>(s.args()) + "\nbase " + s.floating();
    }

    /**
     * Scores one stored scenario folder: replays its mutations.txt through
     * {@link ScenarioReplay} (explain with the history, as a user's CI runs
     * it) and compares the prediction for every step of every build the
     * builder ran with its observed.tsv (the cold build is counted apart:
     * it always rebuilds everything).
     */
    void score(Path dir) throws IOException {
        String label = labelOf(dir);
        long seed = seedOf(dir);
        Builder builder = builder(label);
        Map<Integer, Map<Integer, Observation>> byBuild = new TreeMap<>();
        for (String row : Files.readAllLines(dir.resolve(OBSERVED), StandardCharsets.UTF_8)) {
            String[] f = row.split("\t", 6);
            if (row.equals(HEADER) || row.startsWith("#") || f.length < 6) {
                continue;
            }
            Observation o = new Observation(Integer.parseInt(f[0]), f[1], f[2], Integer.parseInt(f[3]), f[4], f[5]);
            byBuild.computeIfAbsent(o.build(), k -> new TreeMap<>()).put(o.line(), o);
        }
        Tally tally = tally(label);
        tally.scenarios++;
        ScenarioReplay replay = new ScenarioReplay(dir, replayBuilder(label));
        List<ScenarioReplay.Mutation> mutations = ScenarioReplay.mutations(dir);
        try {
            for (int b = 0; b < mutations.size() && byBuild.containsKey(b); b++) {
                Map<Integer, Observation> observed = byBuild.get(b);
                tally.builds++;
                Observation failed = observed.get(0);
                if (failed != null && failed.status().equals("FAILED")) {
                    tally.failedBuilds++;
                    tally.failures.add(label + " seed " + seed + " build " + b + " (" + failed.change() + ") failed: "
                            + failed.instruction());
                    break;
                }
                ScenarioReplay.Mutation m = mutations.get(b);
                replay.apply(m);
                Map<Integer, String> predicted = replay.explain(m);
                Dockerfile file = Docker.parse(replay.work().resolve("Dockerfile"));
                String change = observed.isEmpty() ? m.name() : observed.values().iterator().next().change();
                for (int line : Docker.stepLines(file, replay.args(), builder)) {
                    if (b == 0) {
                        tally.coldSteps++;
                        continue;
                    }
                    tally.steps++;
                    String said = predicted.getOrDefault(line, "NOT-PREDICTED");
                    Observation saw = observed.get(line);
                    if (saw != null && saw.status().equals(said)) {
                        tally.agree++;
                    } else {
                        tally.disagreements.add(new Disagreement(label, seed, b, change, line,
                                instruction(file, line), said, saw == null ? "NOT-REPORTED" : saw.status()));
                    }
                }
            }
        } finally {
            delete(replay.work());
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
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
            // an empty .dockerignore is an empty file (no line), as ScenarioReplay writes it
            byte[] bytes = (f.content().isEmpty() ? "" : f.content() + "\n").getBytes(StandardCharsets.UTF_8);
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
     * A generated scenario as a folder in the format of
     * testdata/cache-scenarios, {@code root/LABEL-SEED}: the cold build's
     * files and Dockerfile, {@code Dockerfile.<mutation>} variants, and
     * mutations.txt in ScenarioReplay's actions (a revert is several actions
     * joined with {@code &&}). Returns the folder.
     */
    static Path export(Path root, String label, long seed, List<State> states) throws IOException {
        Path dir = root.resolve(label + "-" + seed);
        delete(dir);
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
        return dir;
    }

    /** A .dockerignore's lines (none for an empty file), or null when there is no such file. */
    private static List<String> ignoreLines(FileState f) {
        return f == null ? null : f.content().isEmpty() ? List.of() : List.of(f.content().split("\n"));
    }

    /**
     * The ignore/unignore/delete actions that turn one .dockerignore into
     * the other, line order included (a {@code !} line means something else
     * before or after the line it re-includes): the lines that differ when
     * appending and removing gives that order, otherwise the file written
     * again line by line.
     */
    private static List<String> ignoreActions(List<String> was, List<String> is) {
        List<String> out = new ArrayList<>();
        if (is == null) {
            if (was != null) {
                out.add("delete " + ScenarioGenerator.IGNORE);
            }
            return out;
        }
        List<String> sim = was == null ? new ArrayList<>() : new ArrayList<>(was);
        for (String l : was == null ? List.<String>of() : was) {
            if (!is.contains(l)) {
                out.add("unignore " + l);
                sim.remove(l);
            }
        }
        for (String l : is) {
            if (!sim.contains(l)) {
                out.add("ignore " + l);
                sim.add(l);
            }
        }
        if (sim.equals(is) && (was != null || !is.isEmpty())) {
            return out;
        }
        out.clear();
        if (was != null) {
            out.add("delete " + ScenarioGenerator.IGNORE);
        }
        is.forEach(l -> out.add("ignore " + l));
        if (is.isEmpty()) { // an empty file: one line added and removed again
            out.addAll(List.of("ignore " + ScenarioGenerator.IGNORE_POOL.get(0),
                    "unignore " + ScenarioGenerator.IGNORE_POOL.get(0)));
        }
        return out;
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
                if (!Objects.equals(ignoreLines(a), ignoreLines(b))) {
                    out.addAll(ignoreActions(ignoreLines(a), ignoreLines(b)));
                }
            } else if (b == null) {
                out.add("delete " + p);
            } else if (a == null) {
                out.add("add " + p + " " + b.content());
                if (b.executable()) {
                    out.add("chmod " + p + " rwxr-xr-x");
                }
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

    /** The numbers per builder and every disagreement; written to {@code file} (when given) and printed (when asked). */
    private List<String> summary(Path file, boolean print) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Disagreement> all = new ArrayList<>();
        for (var e : tallies.entrySet()) {
            Tally t = e.getValue();
            lines.add(String.format(Locale.ROOT, "%-12s scenarios %d, builds %d (failed %d), steps agreeing %d / %d "
                    + "(%.2f %%), cold steps %d, disagreements %d", e.getKey(), t.scenarios, t.builds,
                    t.failedBuilds, t.agree, t.steps, t.steps == 0 ? 100.0 : 100.0 * t.agree / t.steps, t.coldSteps,
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
        if (file != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines);
        }
        return lines;
    }

    /** CI: every disagreement of the fixed seeds is one classified in bench/differential/known.tsv. */
    private void checkKnown() throws IOException {
        List<String> lines = summary(null, false);
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
        List<String> unexplained = tallies.values().stream().flatMap(t -> t.disagreements.stream())
                .map(Disagreement::key).filter(k -> !classified.contains(k)).toList();
        assertThat(unexplained).as("disagreements of the CI seeds not classified in bench/differential/known.tsv "
                + "(builder, seed, build, line); all of them:%n%s", String.join("\n", lines)).isEmpty();
        assertThat(tallies.values().stream().mapToInt(t -> t.steps).sum()).as("steps compared").isPositive();
        assertThat(tallies.values().stream().mapToInt(t -> t.failedBuilds).sum()).as("failed builds: %s",
                tallies.values().stream().flatMap(t -> t.failures.stream()).toList()).isZero();
    }
}
