package dev.layerlint.realbuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Random small build scenarios for the differential test, from a seed: a
 * Dockerfile (stages and {@code COPY --from}, COPY/ADD with globs, ARG with
 * defaults, ENV, USER, WORKDIR, SHELL, LABEL, RUN with bind, cache and secret
 * mounts; on the modern engine also heredocs, {@code COPY --link},
 * {@code --chmod} and {@code --exclude}), a context with a
 * {@code .dockerignore} ({@code !} and {@code **}), build args, and a random
 * sequence of the mutation kinds of testdata/cache-scenarios (file edits,
 * touch, chmod, adds, deletes, ignore edits, argument changes and omissions,
 * Dockerfile edits, base swaps, secret changes, reverting to any earlier
 * state). Every build is one {@link State}; the same seed gives the same
 * scenario.
 */
final class ScenarioGenerator {
    /** What the builder can build. */
    record Features(boolean mounts, boolean modern) {
    }

    /** A context file: one line of words, a mode, and an mtime (seconds after a fixed epoch). */
    record FileState(String content, boolean executable, long mtime) {
    }

    /**
     * Everything one build sees: the context files (the .dockerignore among
     * them), the Dockerfile's instructions, the explicit build args, what the
     * floating base tag points at, the secret's value.
     */
    record State(String mutation, Map<String, FileState> files, List<String> dockerfile, Map<String, String> args,
            String floating, String secret) {
        String dockerfileText() {
            return String.join("\n", dockerfile) + "\n";
        }

        State with(String name) {
            return new State(name, new TreeMap<>(files), new ArrayList<>(dockerfile), new LinkedHashMap<>(args),
                    floating, secret);
        }
    }

    static final String FLOATING = "layerlint/floating:latest";
    static final String IGNORE = ".dockerignore";
    private static final List<String> WORDS = List.of("alpha", "bravo", "delta", "echo", "golf", "kilo", "lima",
            "mike", "oscar", "papa", "romeo", "tango", "zulu", "x1", "y22", "z333");
    static final List<String> IGNORE_POOL = List.of("**/*.log", "docs", "!docs/keep.md", "*.tmp",
            "conf/extra.cfg", "src/**/deep.txt", "notes.txt");
    /** Files a COPY source names (never deleted, so every build has its sources). */
    private static final List<String> REQUIRED = List.of("req.txt", "src/main.txt", "conf/app.cfg", "run.sh");
    private static final List<String> OPTIONAL = List.of("src/util.txt", "src/lib/deep.txt", "src/debug.log",
            "conf/extra.cfg", "docs/guide.md", "docs/keep.md", "notes.log", "notes.txt", "cache.tmp");
    private static final List<String> ARGS = List.of("V1", "V2", "V3");

    private final Random random;
    private final Features features;
    private final Map<String, String> defaults = new LinkedHashMap<>();
    private boolean secretMount;
    private boolean floatingUsed;
    private int counter;
    private long clock = 1000;

    private ScenarioGenerator(long seed, Features features) {
        this.random = new Random(seed);
        this.features = features;
    }

    /** The builds of one scenario: the first is the cold build, each next one a mutation of an earlier state. */
    static List<State> scenario(long seed, Features features, int mutations) {
        return new ScenarioGenerator(seed, features).generate(mutations);
    }

    private List<State> generate(int mutations) {
        List<State> states = new ArrayList<>();
        State first = new State("cold", new TreeMap<>(), dockerfile(), new LinkedHashMap<>(), "base/busybox:1",
                word());
        for (String path : REQUIRED) {
            first.files().put(path, new FileState(line(), path.endsWith(".sh"), clock));
        }
        for (String path : OPTIONAL) {
            if (random.nextInt(10) < 6) {
                first.files().put(path, new FileState(line(), false, clock));
            }
        }
        if (random.nextInt(10) < 7) {
            List<String> ignore = new ArrayList<>();
            for (String p : IGNORE_POOL) {
                if (random.nextInt(10) < 4) {
                    ignore.add(p);
                }
            }
            first.files().put(IGNORE, new FileState(String.join("\n", ignore), false, clock));
        }
        for (String name : defaults.keySet()) {
            if (random.nextBoolean()) {
                first.args().put(name, name.equals("BASE_TAG") ? "2" : word()); // a base tag must exist
            }
        }
        states.add(first);
        State current = first;
        for (int k = 0; k < mutations; k++) {
            current = mutate(current, states);
            states.add(current);
        }
        return states;
    }

    // ---- the Dockerfile

    private List<String> dockerfile() {
        List<String> lines = new ArrayList<>();
        boolean globalBase = random.nextInt(10) < 2;
        if (globalBase) {
            lines.add("ARG BASE_TAG=1");
            defaults.put("BASE_TAG", "1");
        }
        boolean upstream = random.nextBoolean();
        if (upstream) {
            lines.add("FROM base/busybox:" + (random.nextBoolean() ? "1" : "2") + " AS build");
            lines.add("WORKDIR /build");
            lines.add(random.nextBoolean() ? "COPY src/ ./src/" : "COPY req.txt conf/*.cfg ./");
            if (random.nextBoolean()) {
                lines.add("RUN mkdir -p /out && cat * */* 2>/dev/null | wc -c > /out/size.txt");
            } else {
                lines.add("RUN mkdir -p /out && echo " + word() + " > /out/result.txt");
            }
        }
        if (random.nextInt(10) < 2) {
            lines.add("FROM base/busybox:1 AS unused");
            lines.add("RUN echo unused " + word());
        }
        String from;
        int pick = random.nextInt(10);
        if (globalBase) {
            from = "base/busybox:${BASE_TAG}";
        } else if (pick < 3) {
            from = FLOATING;
            floatingUsed = true;
        } else {
            from = "base/busybox:" + (pick < 7 ? "1" : "2");
        }
        lines.add("FROM " + from);
        int n = 3 + random.nextInt(5);
        boolean copiedFrom = false;
        for (int k = 0; k < n; k++) {
            int kind = random.nextInt(upstream && !copiedFrom ? 12 : 11);
            lines.add(switch (kind) {
                case 0 -> arg();
                case 1 -> "ENV E" + random.nextInt(3) + "=" + (random.nextBoolean() && !defaults.isEmpty()
                        ? "$" + pickArg() : word());
                case 2 -> "WORKDIR /w/" + word();
                case 3 -> "LABEL l" + random.nextInt(2) + "=" + (random.nextBoolean() && !defaults.isEmpty()
                        ? "$" + pickArg() : word());
                case 4 -> random.nextBoolean() ? "USER " + user() : shell();
                case 5, 6 -> copy();
                case 7, 8, 9 -> run();
                case 10 -> random.nextBoolean() ? run() : copy();
                default -> {
                    copiedFrom = true;
                    yield "COPY --from=build /out/ /from/";
                }
            });
        }
        lines.add(run());
        return lines;
    }

    private String arg() {
        String name = ARGS.get(random.nextInt(ARGS.size()));
        String value = word();
        if (random.nextInt(4) == 0) {
            defaults.putIfAbsent(name, "");
            return "ARG " + name;
        }
        defaults.put(name, value);
        return "ARG " + name + "=" + value;
    }

    private String pickArg() {
        List<String> names = new ArrayList<>(defaults.keySet());
        return names.get(random.nextInt(names.size()));
    }

    private String user() {
        return List.of("root", "0", "0:0", "1000").get(random.nextInt(4));
    }

    private String shell() {
        return random.nextBoolean() ? "SHELL [\"/bin/sh\", \"-c\"]" : "SHELL [\"/bin/sh\", \"-ec\"]";
    }

    private String copy() {
        List<String> flags = new ArrayList<>();
        if (features.modern()) {
            if (random.nextInt(4) == 0) {
                flags.add("--link");
            }
            if (random.nextInt(4) == 0) {
                flags.add("--chmod=" + (random.nextBoolean() ? "755" : "644"));
            }
        }
        int pick = random.nextInt(features.modern() ? 11 : 9);
        String body = switch (pick) {
            case 0 -> "COPY req.txt ./";
            case 1 -> "COPY src/ /app/src/";
            case 2 -> "COPY src/*.txt /app/s/";
            case 3 -> "COPY conf/*.cfg /etc/app/";
            case 4 -> "COPY . /ctx/";
            case 5 -> "ADD conf/ /conf/";
            case 6 -> "ADD req.txt /r.txt";
            case 7 -> "COPY run.sh /usr/local/bin/";
            case 8 -> "COPY req.txt src/main.txt /pair/";
            case 9 -> "COPY --exclude=*.log --exclude=docs . /ctx2/";
            default -> "COPY <<EOF /h" + (++counter) + ".txt\n" + word() + " ${V1}\nEOF";
        };
        if (flags.isEmpty() || body.startsWith("ADD") || body.contains("<<")) {
            return body;
        }
        return "COPY " + String.join(" ", flags) + body.substring(4);
    }

    private String run() {
        int pick = random.nextInt(features.modern() ? 9 : 7);
        String mount = "";
        if (features.mounts() && random.nextInt(3) == 0) {
            switch (random.nextInt(3)) {
                case 0 -> mount = "--mount=type=bind,source=conf,target=/mnt/conf ";
                case 1 -> mount = "--mount=type=cache,target=/var/cache/gen,mode=0777 ";
                default -> {
                    mount = "--mount=type=secret,id=token,mode=0444 ";
                    secretMount = true;
                }
            }
        }
        String cmd = switch (pick) {
            case 0, 1 -> "echo " + word();
            case 2 -> "echo " + word() + " $V1 $E0 > /dev/null";
            case 3 -> "echo " + word() + " ${V2:-none} > /dev/null";
            case 4 -> "ls -a > /dev/null && echo " + word();
            case 5 -> "id -u > /dev/null && echo " + word();
            case 6 -> "echo " + word() + " $V3";
            case 7 -> "<<EOF\necho " + word() + "\necho $V1\nEOF";
            default -> "<<\"EOF\"\necho " + word() + "\necho $V1\nEOF";
        };
        if (cmd.startsWith("<<") && !mount.isEmpty()) { // a heredoc starts the command
            return "RUN " + mount + cmd;
        }
        if (mount.contains("type=bind")) {
            cmd = "ls /mnt/conf > /dev/null && " + cmd;
        } else if (mount.contains("type=secret")) {
            cmd = "cat /run/secrets/token > /dev/null && " + cmd;
        } else if (mount.contains("type=cache")) {
            cmd = "ls /var/cache/gen > /dev/null && " + cmd;
        }
        return "RUN " + mount + cmd;
    }

    // ---- mutations

    private State mutate(State current, List<State> earlier) {
        while (true) {
            int kind = random.nextInt(20);
            State next = switch (kind) {
                case 0, 1, 2 -> editFile(current);
                case 3 -> touch(current);
                case 4 -> chmod(current);
                case 5 -> addFile(current);
                case 6 -> deleteFile(current);
                case 7 -> ignoreEdit(current);
                case 8, 9 -> argChange(current);
                case 10 -> argOmit(current);
                case 11 -> argDefault(current);
                case 12, 13, 14 -> dockerfileEdit(current);
                case 15 -> baseSwap(current);
                case 16 -> secretChange(current);
                case 17, 18 -> revert(current, earlier);
                default -> random.nextInt(4) == 0 ? current.with("none") : editFile(current);
            };
            if (next != null) {
                return next;
            }
        }
    }

    private String pickFile(State s, boolean includeIgnore) {
        List<String> paths = new ArrayList<>();
        for (String p : s.files().keySet()) {
            if (includeIgnore || !p.equals(IGNORE)) {
                paths.add(p);
            }
        }
        return paths.get(random.nextInt(paths.size()));
    }

    private State editFile(State s) {
        String path = pickFile(s, false);
        State next = s.with("edit " + path);
        FileState f = s.files().get(path);
        next.files().put(path, new FileState(line(), f.executable(), ++clock));
        return next;
    }

    private State touch(State s) {
        String path = pickFile(s, false);
        State next = s.with("touch " + path);
        FileState f = s.files().get(path);
        next.files().put(path, new FileState(f.content(), f.executable(), ++clock));
        return next;
    }

    private State chmod(State s) {
        String path = pickFile(s, false);
        State next = s.with("chmod " + path);
        FileState f = s.files().get(path);
        next.files().put(path, new FileState(f.content(), !f.executable(), f.mtime()));
        return next;
    }

    private State addFile(State s) {
        List<String> absent = new ArrayList<>();
        for (String p : OPTIONAL) {
            if (!s.files().containsKey(p)) {
                absent.add(p);
            }
        }
        String path = absent.isEmpty() ? "src/new" + (++counter) + ".txt" : absent.get(random.nextInt(absent.size()));
        State next = s.with("add " + path);
        next.files().put(path, new FileState(line(), false, ++clock));
        return next;
    }

    private State deleteFile(State s) {
        List<String> present = new ArrayList<>();
        for (String p : s.files().keySet()) {
            if (!REQUIRED.contains(p) && !p.equals(IGNORE)) {
                present.add(p);
            }
        }
        if (present.isEmpty()) {
            return null;
        }
        String path = present.get(random.nextInt(present.size()));
        State next = s.with("delete " + path);
        next.files().remove(path);
        return next;
    }

    private State ignoreEdit(State s) {
        FileState f = s.files().get(IGNORE);
        List<String> lines = new ArrayList<>(f == null || f.content().isEmpty() ? List.of()
                : List.of(f.content().split("\n")));
        String pattern = IGNORE_POOL.get(random.nextInt(IGNORE_POOL.size()));
        State next;
        if (lines.contains(pattern)) {
            lines.remove(pattern);
            next = s.with("unignore " + pattern);
        } else {
            lines.add(pattern);
            next = s.with("ignore " + pattern);
        }
        next.files().put(IGNORE, new FileState(String.join("\n", lines), false, ++clock));
        return next;
    }

    private State argChange(State s) {
        if (defaults.isEmpty()) {
            return null;
        }
        String name = random.nextInt(8) == 0 ? "UNDECLARED" : pickArg();
        String value = name.equals("BASE_TAG") ? (s.args().getOrDefault(name, "1").equals("1") ? "2" : "1") : word();
        State next = s.with("arg " + name + "=" + value);
        next.args().put(name, value);
        return next;
    }

    private State argOmit(State s) {
        if (s.args().isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>(s.args().keySet());
        String name = names.get(random.nextInt(names.size()));
        State next = s.with("arg-omitted " + name);
        next.args().remove(name);
        return next;
    }

    private State argDefault(State s) {
        List<String> withDefault = new ArrayList<>();
        defaults.forEach((k, v) -> {
            if (!v.isEmpty()) {
                withDefault.add(k);
            }
        });
        if (withDefault.isEmpty()) {
            return null;
        }
        String name = withDefault.get(random.nextInt(withDefault.size()));
        State next = s.with("arg-default " + name + "=" + defaults.get(name));
        next.args().put(name, defaults.get(name));
        return next;
    }

    private State baseSwap(State s) {
        if (!floatingUsed) {
            return null;
        }
        String to = s.floating().endsWith(":1") ? "base/busybox:2" : "base/busybox:1";
        State next = s.with("base-update " + to);
        return new State(next.mutation(), next.files(), next.dockerfile(), next.args(), to, next.secret());
    }

    private State secretChange(State s) {
        if (!secretMount) {
            return null;
        }
        State next = s.with("secret token");
        return new State(next.mutation(), next.files(), next.dockerfile(), next.args(), next.floating(), word());
    }

    private State revert(State current, List<State> earlier) {
        if (earlier.size() < 2) {
            return null;
        }
        int back = random.nextInt(earlier.size() - 1);
        State old = earlier.get(back);
        State next = old.with("revert-to " + back);
        // checking out old contents gives the files that differ a new mtime
        for (var e : old.files().entrySet()) {
            FileState now = current.files().get(e.getKey());
            if (now != null && now.content().equals(e.getValue().content())
                    && now.executable() == e.getValue().executable()) {
                next.files().put(e.getKey(), now);
            } else {
                next.files().put(e.getKey(), new FileState(e.getValue().content(), e.getValue().executable(),
                        ++clock));
            }
        }
        return next;
    }

    private State dockerfileEdit(State s) {
        List<String> lines = s.dockerfile();
        int firstFinal = lines.lastIndexOf(lines.stream().filter(l -> l.startsWith("FROM ")).reduce((a, b) -> b)
                .orElseThrow());
        for (int attempt = 0; attempt < 10; attempt++) {
            int at = firstFinal + random.nextInt(lines.size() - firstFinal);
            String line = lines.get(at);
            String keyword = line.split("\\s", 2)[0];
            String edited = switch (keyword) {
                case "FROM" -> line.contains("busybox:1") ? line.replace("busybox:1", "busybox:2")
                        : line.contains("busybox:2") ? line.replace("busybox:2", "busybox:1") : null;
                case "RUN" -> line.contains("<<") ? line.replaceFirst("echo (\\w+)\n", "echo " + word() + "\n")
                        : line.replaceFirst("echo (\\w+)", "echo " + word());
                case "WORKDIR" -> random.nextBoolean() ? "WORKDIR /w/" + word() : null;
                case "ENV" -> line.contains("=$") ? null : random.nextBoolean()
                        ? line.replaceFirst("=(\\w+)$", "=" + word()) : line.replaceFirst("=(\\w+)$", " \"$1\"");
                case "LABEL" -> line.replaceFirst("=(\\w+)$", "=" + word());
                case "USER" -> "USER " + user();
                case "SHELL" -> line.contains("-ec") ? line.replace("-ec", "-c") : line.replace("-c\"", "-ec\"");
                case "ARG" -> {
                    String name = line.substring(4).split("=")[0];
                    String value = word();
                    defaults.put(name, value);
                    yield "ARG " + name + "=" + value;
                }
                case "COPY", "ADD" -> line.contains("<<") ? line.replaceFirst("\n(\\w+)", "\n" + word()) : null;
                default -> null;
            };
            if (edited == null && at + 1 < lines.size() && keyword.equals("RUN")
                    && lines.get(at + 1).startsWith("RUN")) {
                State next = s.with("dockerfile swap " + (at + 1));
                next.dockerfile().set(at, lines.get(at + 1));
                next.dockerfile().set(at + 1, line);
                return next;
            }
            if (edited != null && !edited.equals(line)) {
                State next = s.with("dockerfile " + keyword + " " + (at + 1));
                next.dockerfile().set(at, edited);
                return next;
            }
        }
        State next = s.with("dockerfile insert");
        next.dockerfile().add(firstFinal + 1, "RUN echo inserted " + word());
        return next;
    }

    private String word() {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private String line() {
        return word() + " " + word() + " " + (++counter);
    }
}
