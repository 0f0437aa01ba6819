package dev.layerlint.realbuilder;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.layerlint.cache.Builder;
import dev.layerlint.realbuilder.ScenarioGenerator.FileState;
import dev.layerlint.realbuilder.ScenarioGenerator.State;
import dev.layerlint.testing.Cli;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one place that turns a build of a differential scenario into
 * {@code layerlint explain}'s arguments, given only what a user has: the
 * files as they are now and as they were at earlier builds (what git
 * reports: content and mode, never mtime), the Dockerfile then and now, the
 * {@code --build-arg}s given to each {@code docker build}, and whether the
 * floating base tag moved. Secrets are never passed.
 *
 * <p>{@link Mode#FLAGS} (today's CLI): the change since the last build, as
 * {@code --changed PATH} (the .dockerignore is one more path),
 * {@code --previous OLD-DOCKERFILE}, {@code --build-arg-changed NAME} for an
 * explicit value that differs (given, changed or omitted), and
 * {@code --base-updated IMAGE}. {@link Mode#HISTORY} (the interface agreed
 * with the explain rework, for when it lands): every build is recorded with
 * {@code --record H.json} and its {@code --build-arg NAME=VALUE}s, and the
 * next one predicted with {@code --history H.json}.
 */
final class ExplainAdapter {
    enum Mode { FLAGS, HISTORY }

    private final Mode mode;
    private final Builder builder;
    private final Path history;

    ExplainAdapter(Mode mode, Builder builder, Path scratch) {
        this.mode = mode;
        this.builder = builder;
        this.history = scratch.resolve("history.json");
    }

    static Mode mode() {
        return System.getProperty("layerlint.diff.explain", "").equals("history") ? Mode.HISTORY : Mode.FLAGS;
    }

    /**
     * The explain arguments for the build of {@code now} after {@code last}
     * (null when there is no earlier build: a cold build rebuilds every step;
     * empty when nothing a user can name changed: everything cached).
     */
    List<String> arguments(Path dockerfile, State last, State now, Path lastDockerfile) {
        if (last == null) {
            return null;
        }
        List<String> a = new ArrayList<>();
        if (mode == Mode.HISTORY) {
            a.addAll(List.of("--history", history.toString()));
            now.args().forEach((k, v) -> a.addAll(List.of("--build-arg", k + "=" + v)));
            return a;
        }
        TreeSet<String> paths = new TreeSet<>(last.files().keySet());
        paths.addAll(now.files().keySet());
        List<String> changed = new ArrayList<>();
        for (String p : paths) {
            FileState before = last.files().get(p);
            FileState after = now.files().get(p);
            if (before == null || after == null || !before.content().equals(after.content())
                    || before.executable() != after.executable()) {
                changed.add(p);
            }
        }
        if (!changed.isEmpty()) {
            a.add("--changed");
            a.addAll(changed);
        }
        if (!last.dockerfileText().equals(now.dockerfileText())) {
            a.addAll(List.of("--previous", lastDockerfile.toString()));
        }
        TreeSet<String> names = new TreeSet<>(last.args().keySet());
        names.addAll(now.args().keySet());
        for (String n : names) {
            if (!Objects.equals(last.args().get(n), now.args().get(n))) {
                a.addAll(List.of("--build-arg-changed", n));
            }
        }
        if (!last.floating().equals(now.floating())) {
            a.addAll(List.of("--base-updated", ScenarioGenerator.FLOATING));
        }
        return a;
    }

    /** After a build: what the history mode records. */
    void built(Path dockerfile, State now) {
        if (mode != Mode.HISTORY) {
            return;
        }
        List<String> argv = new ArrayList<>(List.of("explain", dockerfile.toString(), "--record", history.toString(),
                "--builder", builder.name().toLowerCase()));
        now.args().forEach((k, v) -> argv.addAll(List.of("--build-arg", k + "=" + v)));
        Cli.Run run = Cli.run(argv.toArray(new String[0]));
        assertThat(run.exit()).as("explain --record: %s", run.err()).isZero();
    }

    /** explain's prediction, line to REBUILT/CACHED, for the builder's step lines. */
    Map<Integer, String> predict(Path dockerfile, List<String> arguments, List<Integer> stepLines)
            throws IOException {
        Map<Integer, String> out = new TreeMap<>();
        if (arguments == null || arguments.isEmpty()) {
            for (int line : stepLines) {
                out.put(line, arguments == null ? "REBUILT" : "CACHED");
            }
            return out;
        }
        List<String> argv = new ArrayList<>(List.of("explain", dockerfile.toString(), "--format", "json",
                "--builder", builder.name().toLowerCase()));
        argv.addAll(arguments);
        Cli.Run run = Cli.run(argv.toArray(new String[0]));
        assertThat(run.exit()).as("explain %s: %s", arguments, run.err()).isZero();
        for (JsonElement e : JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("steps")) {
            JsonObject o = e.getAsJsonObject();
            String status = o.get("status").getAsString();
            int line = o.get("line").getAsInt();
            if ((status.equals("REBUILT") || status.equals("CACHED")) && stepLines.contains(line)) {
                out.put(line, status);
            }
        }
        return out;
    }
}
