package dev.layerlint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One scenario of testdata/cache-scenarios replayed build after build, as a
 * user's CI would: a working copy of the scenario that each line of
 * mutations.txt edits (files, modes, mtimes, .dockerignore, the Dockerfile,
 * build arguments given or omitted, the base image), and before each build
 * {@code explain --history H --record H} with this build's --build-arg
 * values: the same information a user has. CacheScenarioTest compares the
 * predictions with expected.tsv (what the real builders did), RealBuilderTest
 * with a real dockerd.
 */
public final class ScenarioReplay {
    /**
     * One line of mutations.txt: {@code name | action args [&& action args ...] | options (same-output, bug
     * BUILDER URL)}; several actions joined with {@code &&} make one build (the differential test writes
     * reverts that way).
     */
    public record Mutation(String name, List<List<String>> actions, boolean sameOutput, Map<String, String> bugs) {
        /** Whether one of its actions moves the floating base tag. */
        public boolean movesBase() {
            return actions.stream().anyMatch(a -> a.get(0).equals("base-update"));
        }
    }

    private final Path scenario;
    private final Path work;
    private final Path history;
    private final String builder;
    private final Map<String, String> args = new LinkedHashMap<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    /** The image the floating base tag names now: base/busybox:1 until a {@code base-update} moves it. */
    private String floatingImage = "base/busybox:1";

    /**
     * A fresh working copy of {@code scenario}, replayed for {@code builder}: an expected.tsv builder label,
     * {@code buildkit} or {@code classic} (dockerd 20.10), {@code buildkit-28} (Docker 28.5, overlay2 store) or
     * {@code buildkit-28-containerd} (its containerd image store).
     */
    public ScenarioReplay(Path scenario, String builder) throws IOException {
        this.scenario = scenario;
        this.builder = builder;
        this.work = Files.createTempDirectory("layerlint-scenario");
        this.history = Files.createTempDirectory("layerlint-history").resolve("history.json");
        TestFiles.copyTree(scenario, work);
        Files.deleteIfExists(work.resolve("mutations.txt"));
        Files.deleteIfExists(work.resolve("expected.tsv"));
        Files.deleteIfExists(work.resolve("observed.tsv")); // what a differential run observed (bench/differential)
        try (var variants = Files.list(work)) {
            for (Path p : variants.filter(p -> p.getFileName().toString().startsWith("Dockerfile.")).toList()) {
                Files.delete(p); // the variants are not part of the context the builder sees
            }
        }
    }

    public Path work() {
        return work;
    }

    /** The build arguments given to the current build. */
    public Map<String, String> args() {
        return args;
    }

    public Map<String, String> secrets() {
        return secrets;
    }

    /**
     * Whether a scenario was observed with a builder: its expected.tsv has a row for that label. A scenario
     * only Docker 28 can build (heredocs, {@code COPY --link}, {@code --exclude}) has no 20.10 rows.
     */
    public static boolean observedWith(Path scenario, String builder) throws IOException {
        Path expected = scenario.resolve("expected.tsv");
        if (!Files.exists(expected)) {
            return true;
        }
        for (String row : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
            String[] f = row.split("\t");
            if (f.length > 2 && f[2].equals(builder)) {
                return true;
            }
        }
        return false;
    }

    public static List<Mutation> mutations(Path scenario) throws IOException {
        List<Mutation> out = new ArrayList<>();
        for (String line : Files.readAllLines(scenario.resolve("mutations.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|");
            List<List<String>> actions = new ArrayList<>();
            for (String action : parts[1].strip().split("\\s+&&\\s+")) {
                actions.add(List.of(action.strip().split("\\s+")));
            }
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
            out.add(new Mutation(parts[0].strip(), actions, same, bugs));
        }
        return out;
    }

    /**
     * Applies a mutation to the working copy. Returns true when it moved the
     * base image (the caller re-tags it on a real daemon).
     */
    public boolean apply(Mutation m) throws IOException {
        boolean moved = false;
        for (List<String> action : m.actions()) {
            moved |= apply(action.get(0), action.subList(1, action.size()));
        }
        return moved;
    }

    /** The image the floating base tag points to (after the last {@code base-update [IMAGE]}). */
    public String floatingImage() {
        return floatingImage;
    }

    private boolean apply(String action, List<String> a) throws IOException {
        Path target = a.isEmpty() ? null : work.resolve(a.get(0));
        switch (action) {
            case "cold", "none" -> {
            }
            case "arg" -> {
                String[] kv = a.get(0).split("=", 2);
                args.put(kv[0], kv[1]);
            }
            case "unarg" -> args.remove(a.get(0));
            case "edit", "add" -> {
                Files.createDirectories(target.getParent());
                Files.writeString(target, String.join(" ", a.subList(1, a.size())) + "\n");
            }
            case "rewrite" -> {
                byte[] same = Files.readAllBytes(target);
                Files.write(target, same);
                Files.setLastModifiedTime(target, FileTime.fromMillis(System.currentTimeMillis() + 7_200_000));
            }
            case "same-size-edit" -> {
                FileTime mtime = Files.getLastModifiedTime(target);
                String text = Files.readString(target);
                Files.writeString(target, text.toUpperCase(Locale.ROOT));
                Files.setLastModifiedTime(target, mtime);
            }
            case "delete" -> Files.delete(target);
            case "replace" -> Files.write(target, Files.readAllBytes(scenario.resolve(a.get(1))));
            case "touch" -> Files.setLastModifiedTime(target, FileTime.fromMillis(System.currentTimeMillis()
                    + 3_600_000));
            case "chmod" -> Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(a.get(1)));
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
            }
            // the bytes are written into the file, so its mode stays (a new file would take the umask's: a mode
            // change, which the builders see)
            case "dockerfile" -> Files.write(work.resolve("Dockerfile"), Files.readAllBytes(scenario.resolve(
                    a.get(0).equals("original") ? "Dockerfile" : "Dockerfile." + a.get(0))));
            case "base-update" -> floatingImage = a.isEmpty() ? "base/busybox:2" : a.get(0);
            case "secret" -> secrets.put(a.get(0), a.get(1));
            default -> throw new IllegalArgumentException("unknown mutation " + action);
        }
        return action.equals("base-update");
    }

    /**
     * What explain predicts for the build about to run, as a user's CI asks
     * it (the history of the earlier builds, this build's arguments, and what
     * the user knows beyond the files: what the floating base tag names, an upstream stage
     * that produces the same bytes), then records the build. Line to status,
     * for every instruction of the current Dockerfile but FROM (the builders
     * report a base image, not a step).
     */
    public Map<Integer, String> explain(Mutation m) {
        List<String> argv = new ArrayList<>(List.of("explain", work.resolve("Dockerfile").toString(), "--format",
                "json", "--builder", builder.startsWith("buildkit") ? "buildkit" : builder, "--history", history.toString(), "--record", history.toString()));
        if (builder.startsWith("buildkit-")) {
            argv.addAll(List.of("--store", builder.endsWith("-containerd") ? "containerd" : "overlay2"));
        }
        args.forEach((k, v) -> argv.addAll(List.of("--build-arg", k + "=" + v)));
        // what the floating tag names, as a CI would pass the image ID it pulled (the image's name stands for it)
        argv.addAll(List.of("--base-digest", "layerlint/floating:latest=" + floatingImage));
        if (m.sameOutput()) {
            argv.add("--same-output");
        }
        Cli.Run run = Cli.run(argv.toArray(new String[0]));
        assertThat(run.exit()).as("explain %s: %s", argv, run.err()).isZero();
        Map<Integer, String> out = new TreeMap<>();
        for (JsonElement e : JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("steps")) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("step").getAsString().toUpperCase(Locale.ROOT).startsWith("FROM")) {
                continue;
            }
            out.put(o.get("line").getAsInt(), o.get("status").getAsString());
        }
        return out;
    }
}
