package dev.layerlint.pipeline;

import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellParser;
import dev.layerlint.shell.ShellScript;
import dev.layerlint.shell.ShellWord;
import dev.layerlint.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the image builds in a shell step, read by the project's shell reader
 * (line continuations, quotes, {@code sh -c}): {@code docker build},
 * {@code docker buildx build|bake}, {@code docker image build},
 * {@code podman build}, {@code buildah bud|build}, kaniko's
 * {@code executor}; and what a later build depends on: shell assignments
 * (variables), {@code docker buildx create --use} (the driver), and
 * {@code DOCKER_BUILDKIT=} (the engine). Words map back to the file through
 * the step's {@link MappedText}.
 */
public final class ShellBuilds {
    /** docker/podman/buildah build flags that take a value (as a separate word or after {@code =}). */
    private static final Set<String> VALUED = Set.of("-f", "--file", "-t", "--tag", "--target", "--build-arg",
            "--cache-from", "--cache-to", "--platform", "--label", "--secret", "--ssh", "-o", "--output",
            "--progress", "--network", "--iidfile", "--metadata-file", "--builder", "--add-host", "--shm-size",
            "--ulimit", "--cgroup-parent", "-m", "--memory", "--memory-swap", "--isolation", "--build-context",
            "--attest", "--allow", "--annotation", "--call", "--cpu-shares", "--cpuset-cpus", "--format",
            "--authfile", "--creds", "--jobs", "--layers-from", "--manifest", "--os", "--arch", "--variant",
            "--runtime", "--volume", "-v", "--env", "-e", "--security-opt", "--userns", "--from", "--timestamp",
            "--set", "--dockerfile", "--context", "--destination", "-d", "--cache-repo", "--cache-dir",
            "--registry-mirror", "--label-file", "--tls-verify", "--config", "--context-dir", "--retry",
            "--ignore-path", "--snapshot-mode", "--custom-platform", "--reproducible-time", "--verbosity",
            "--image-name-with-digest-file", "--digest-file", "--cache-ttl", "--kaniko-dir", "--tar-path",
            "--name", "--driver", "--driver-opt", "--node", "--buildkitd-flags", "--buildkitd-config");

    /** A word that is one variable and nothing else, not quoted: it expands to any number of words. */
    private static final Pattern OPAQUE = Pattern.compile(
            "\\$(?:\\{[A-Za-z_][A-Za-z0-9_]*}|[A-Za-z_][A-Za-z0-9_]*)");

    private ShellBuilds() {
    }

    /** Per-job state a shell step can change for the builds after it. */
    public static final class JobState {
        /** The buildx driver selected by {@code buildx create --use} or setup-buildx-action, or null. */
        public String driver;
        /** {@code DOCKER_BUILDKIT}'s value when a step sets it, or null. */
        public String dockerBuildkit;
    }

    /**
     * A step's script, parsed once (the one place pipeline shell text is parsed; the reader and the CI rules
     * share the result).
     */
    public static ShellScript parse(MappedText text, boolean powershell) {
        ShellScript cached = text.script;
        if (cached == null) {
            // PowerShell by the shell reader's dialect: a backtick escapes and continues the line, a backslash is a
            // path separator, ${{ }} and $(...) are opaque words
            cached = ShellParser.parse(text.value(), powershell ? ShellScript.Dialect.POWERSHELL
                    : ShellScript.Dialect.POSIX);
            text.script = cached;
        }
        return cached;
    }

    /**
     * Whether a script of an unknown shell continues lines the PowerShell way: a line ending in a backtick after a
     * blank, with an odd number of backticks on it (in a POSIX shell a backtick there opens a command
     * substitution that the line does not close; {@code v=`date`} ends in a closing one).
     */
    public static boolean powershellContinuations(String script) {
        for (String line : script.split("\r?\n")) {
            int n = line.length();
            if (n >= 2 && line.charAt(n - 1) == '`' && Character.isWhitespace(line.charAt(n - 2))
                    && line.chars().filter(c -> c == '`').count() % 2 == 1) {
                return true;
            }
        }
        return false;
    }

    public static void scan(Job job, Step step, MappedText text, Vars vars, JobState state, List<Build> out) {
        ShellScript script = parse(text, step.powershell());
        for (ShellCommand c : script.commands()) {
            List<ShellWord> words = c.effectiveWords();
            if (words.isEmpty()) {
                for (ShellWord a : c.assignments()) {
                    assign(a, text, vars, state);
                }
                continue;
            }
            if (c.isProgram("export")) {
                for (ShellWord a : c.args()) {
                    assign(a, text, vars, state);
                }
                continue;
            }
            for (ShellWord a : c.assignments()) {
                if (a.value().startsWith("DOCKER_BUILDKIT=")) {
                    state.dockerBuildkit = a.value().substring("DOCKER_BUILDKIT=".length());
                }
            }
            String p = c.program();
            List<ShellWord> args = c.args();
            if (buildsNothing(args)) {
                continue; // docker build --help, buildx bake --print: the command prints, no image is built
            }
            if (p.equals("docker") || p.equals("podman")) {
                int i = 0;
                // global flags before the sub-command
                while (i < args.size() && args.get(i).isFlag()) {
                    i += args.get(i).value().contains("=") || !takesGlobalValue(args.get(i).value()) ? 1 : 2;
                }
                if (i >= args.size()) {
                    continue;
                }
                String sub = args.get(i).value();
                if (sub.equals("buildx") || sub.equals("builder") || sub.equals("image")) {
                    String sub2 = i + 1 < args.size() ? args.get(i + 1).value() : "";
                    if (sub.equals("buildx") && sub2.equals("create")) {
                        created(args.subList(i + 2, args.size()), state);
                        continue;
                    }
                    if (sub.equals("buildx") && sub2.equals("use")) {
                        continue;
                    }
                    if (sub2.equals("build") || sub2.equals("b")) {
                        Build b = new Build(job, step, p + " " + sub + " build", span(text, words.get(0), args.get(i + 1)));
                        b.engine = sub.equals("buildx") ? Build.Engine.BUILDKIT : engine(p, state);
                        b.driver = p.equals("docker") && b.engine != Build.Engine.CLASSIC
                                ? (state.driver == null ? "docker" : state.driver) : null;
                        flags(b, args.subList(i + 2, args.size()), text, job, step, vars);
                        out.add(b);
                    } else if (sub.equals("buildx") && sub2.equals("bake")) {
                        Build b = new Build(job, step, "docker buildx bake", span(text, words.get(0), args.get(i + 1)));
                        b.engine = Build.Engine.BUILDKIT;
                        b.driver = state.driver == null ? "docker" : state.driver;
                        b.bake = true;
                        bakeFlags(b, args.subList(i + 2, args.size()), text);
                        out.add(b);
                    }
                } else if (sub.equals("compose")) {
                    compose(job, step, text, words.get(0), args, i + 1, out);
                } else if (sub.equals("build")) {
                    Build b = new Build(job, step, p + " build", span(text, words.get(0), args.get(i)));
                    b.engine = engine(p, state);
                    // docker build is buildx build on the selected builder (Docker 23+)
                    b.driver = p.equals("docker") && b.engine != Build.Engine.CLASSIC
                            ? (state.driver == null ? "docker" : state.driver) : null;
                    flags(b, args.subList(i + 1, args.size()), text, job, step, vars);
                    out.add(b);
                } else if (sub.equals("bake") && p.equals("docker")) {
                    Build b = new Build(job, step, "docker bake", span(text, words.get(0), args.get(i)));
                    b.engine = Build.Engine.BUILDKIT;
                    b.driver = state.driver == null ? "docker" : state.driver;
                    b.bake = true;
                    bakeFlags(b, args.subList(i + 1, args.size()), text);
                    out.add(b);
                }
            } else if (p.equals("docker-compose") || p.equals("podman-compose")) {
                compose(job, step, text, words.get(0), args, 0, out);
            } else if (p.equals("az") && args.size() >= 2 && args.get(0).value().equals("acr")
                    && args.get(1).value().equals("build")) {
                Build b = new Build(job, step, "az acr build", span(text, words.get(0), args.get(1)));
                b.engine = Build.Engine.REMOTE;
                flags(b, args.subList(2, args.size()), text, job, step, vars);
                out.add(b);
            } else if (p.equals("buildah") && !args.isEmpty()) {
                String sub = args.get(0).value();
                if (sub.equals("bud") || sub.equals("build") || sub.equals("build-using-dockerfile")) {
                    Build b = new Build(job, step, "buildah " + sub, span(text, words.get(0), args.get(0)));
                    b.engine = Build.Engine.BUILDAH;
                    flags(b, args.subList(1, args.size()), text, job, step, vars);
                    out.add(b);
                }
            } else if (p.equals("executor") && words.get(0).value().contains("kaniko")) {
                Build b = new Build(job, step, "kaniko executor", span(text, words.get(0), words.get(0)));
                b.engine = Build.Engine.KANIKO;
                flags(b, args, text, job, step, vars);
                out.add(b);
            }
        }
    }

    /** A help, print or list flag: the command only prints (usage, the resolved bake file, the targets, build checks). */
    private static boolean buildsNothing(List<ShellWord> args) {
        for (ShellWord a : args) {
            switch (a.value()) {
                case "--help", "-h", "--print", "--list", "--list-targets", "--list-variables", "--check":
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /** {@code docker compose build} / {@code docker-compose build}: the Dockerfiles are in the compose file. */
    private static void compose(Job job, Step step, MappedText text, ShellWord first, List<ShellWord> args, int from,
                                List<Build> out) {
        int i = from;
        while (i < args.size() && args.get(i).isFlag()) {
            String f = args.get(i).value();
            i += f.contains("=") || !(f.equals("-f") || f.equals("--file") || f.equals("-p")
                    || f.equals("--project-name") || f.equals("--env-file") || f.equals("--profile")
                    || f.equals("--project-directory")) ? 1 : 2;
        }
        if (i < args.size() && args.get(i).value().equals("build")) {
            Build b = new Build(job, step, (first.value().endsWith("compose") ? "docker-compose" : "docker compose")
                    + " build", span(text, first, args.get(i)));
            b.bake = true;
            for (int j = i + 1; j < args.size(); j++) {
                if (args.get(j).value().equals("--no-cache")) {
                    b.noCache = text.span(args.get(j).start(), args.get(j).end());
                }
            }
            out.add(b);
        }
    }

    private static boolean takesGlobalValue(String flag) {
        return flag.equals("-H") || flag.equals("--host") || flag.equals("-c") || flag.equals("--context")
                || flag.equals("--config") || flag.equals("-l") || flag.equals("--log-level");
    }

    private static Build.Engine engine(String program, JobState state) {
        if (program.equals("podman")) {
            return Build.Engine.BUILDAH;
        }
        if ("0".equals(state.dockerBuildkit)) {
            return Build.Engine.CLASSIC;
        }
        return Build.Engine.DOCKER_DEFAULT;
    }

    private static void assign(ShellWord a, MappedText text, Vars vars, JobState state) {
        int eq = a.raw().indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = a.raw().substring(0, eq);
        String value = a.raw().substring(eq + 1);
        if (name.equals("DOCKER_BUILDKIT")) {
            state.dockerBuildkit = unquote(value);
        }
        vars.put(name, new Vars.Value(value, text.span(a.start(), a.end())));
    }

    private static void created(List<ShellWord> args, JobState state) {
        String driver = "docker-container"; // buildx create's default driver
        boolean use = false;
        for (int i = 0; i < args.size(); i++) {
            String w = args.get(i).value();
            if (w.equals("--driver") && i + 1 < args.size()) {
                driver = args.get(i + 1).value();
            } else if (w.startsWith("--driver=")) {
                driver = w.substring("--driver=".length());
            } else if (w.equals("--use")) {
                use = true;
            }
        }
        if (use) {
            state.driver = driver;
        }
    }

    private static Span span(MappedText text, ShellWord first, ShellWord last) {
        return text.span(first.start(), last.end());
    }

    private static void flags(Build b, List<ShellWord> args, MappedText text, Job job, Step step, Vars vars) {
        boolean endOfFlags = false;
        Span kanikoCache = null;
        String destination = null;
        for (int i = 0; i < args.size(); i++) {
            ShellWord w = args.get(i);
            String v = w.value();
            if (!endOfFlags && v.equals("--")) {
                endOfFlags = true;
                continue;
            }
            if (!w.quoted() && OPAQUE.matcher(w.raw()).matches()) {
                b.opaqueFlags = true;
            }
            if (endOfFlags || !w.isFlag()) {
                if (b.context == null && b.engine != Build.Engine.KANIKO) {
                    b.context = v;
                }
                continue;
            }
            String flag = v;
            String value = null;
            int valueStart = -1;
            int valueEnd = -1;
            int eq = v.indexOf('=');
            if (eq > 0 && v.startsWith("-")) {
                flag = v.substring(0, eq);
                value = v.substring(eq + 1);
                // the value's place: after the '=' in the raw word
                int rawEq = w.raw().indexOf('=');
                valueStart = w.start() + rawEq + 1;
                valueEnd = w.end();
            } else if (VALUED.contains(v) && i + 1 < args.size()) {
                ShellWord next = args.get(++i);
                value = next.value();
                valueStart = next.start();
                valueEnd = next.end();
            }
            Span valueSpan = value == null ? text.span(w.start(), w.end()) : text.span(valueStart, valueEnd);
            switch (flag) {
                case "-f", "--file", "--dockerfile" -> {
                    b.dockerfile = value;
                    b.dockerfileSpan = valueSpan;
                }
                case "--context" -> b.context = value;
                case "-t", "--tag" -> {
                    if (value != null) {
                        b.tags.add(value);
                    }
                }
                case "--target" -> b.target = value;
                case "--build-arg" -> {
                    if (value != null) {
                        buildArg(b, value, valueSpan, job, step, vars);
                    }
                }
                case "--cache-from" -> {
                    if (value != null) {
                        b.cacheFrom.add(CacheSpec.parse(value, valueSpan));
                    }
                }
                case "--cache-to" -> {
                    if (value != null) {
                        b.cacheTo.add(CacheSpec.parse(value, valueSpan));
                    }
                }
                case "--no-cache" -> {
                    if (value == null || value.equalsIgnoreCase("true")) {
                        b.noCache = text.span(w.start(), w.end());
                    }
                }
                case "--cache-repo" -> {
                    // kaniko: a registry repository of layers, read and written when --cache=true
                    if (value != null) {
                        CacheSpec s = CacheSpec.parse("type=registry,ref=" + value, valueSpan);
                        b.cacheFrom.add(s);
                        b.cacheTo.add(s);
                    }
                }
                case "--cache" -> {
                    if (b.engine == Build.Engine.KANIKO && "true".equalsIgnoreCase(value)) {
                        kanikoCache = valueSpan;
                    }
                }
                case "--destination", "-d" -> {
                    if (destination == null) {
                        destination = value;
                    }
                }
                default -> {
                }
            }
        }
        if (kanikoCache != null && b.cacheFrom.isEmpty()) {
            // kaniko --cache=true without --cache-repo: the layers go to the destination's repository + /cache
            String repo = destination == null ? "" : destination.replaceAll(":[^:/]*$", "");
            CacheSpec s = CacheSpec.parse("type=registry,ref=" + repo + "/cache", kanikoCache);
            b.cacheFrom.add(s);
            b.cacheTo.add(s);
        }
    }

    /** The flags of an Azure Docker task's {@code arguments:} input, read as shell words. */
    static void arguments(Build b, MappedText text, Job job, Step step, Vars vars) {
        ShellScript script = parse(text, false);
        List<ShellWord> all = new ArrayList<>();
        for (ShellCommand c : script.commands()) {
            all.addAll(c.assignments());
            all.addAll(c.words());
        }
        flags(b, all, text, job, step, vars);
    }

    static void buildArg(Build b, String value, Span span, Job job, Step step, Vars vars) {
        int eq = value.indexOf('=');
        String name = eq < 0 ? value : value.substring(0, eq);
        String val;
        if (eq < 0) {
            // --build-arg NAME: the value is taken from the environment
            val = "$" + name;
        } else {
            val = value.substring(eq + 1);
        }
        b.args.add(new BuildArg(name.strip(), val, span, PerRun.classify(val, job, step, vars)));
    }

    private static void bakeFlags(Build b, List<ShellWord> args, MappedText text) {
        for (int i = 0; i < args.size(); i++) {
            ShellWord w = args.get(i);
            String v = w.value();
            if (v.equals("--no-cache")) {
                b.noCache = text.span(w.start(), w.end());
            } else if ((v.equals("--set") && i + 1 < args.size()) || v.startsWith("--set=")) {
                ShellWord vw = v.equals("--set") ? args.get(++i) : w;
                String set = v.equals("--set") ? vw.value() : v.substring("--set=".length());
                bakeSet(b, set, text.span(vw.start(), vw.end()));
            } else if ((v.equals("-f") || v.equals("--file")) && i + 1 < args.size()) {
                i++;
            }
        }
    }

    /** One bake {@code --set TARGET.KEY=VALUE} (or an action's {@code set:} line). */
    static void bakeSet(Build b, String set, Span span) {
        int eq = set.indexOf('=');
        if (eq < 0) {
            return;
        }
        String key = set.substring(0, eq).toLowerCase(Locale.ROOT);
        String value = set.substring(eq + 1);
        if (key.endsWith(".cache-from")) {
            b.cacheFrom.add(CacheSpec.parse(value, span));
        } else if (key.endsWith(".cache-to")) {
            b.cacheTo.add(CacheSpec.parse(value, span));
        } else if (key.endsWith(".no-cache") && value.equalsIgnoreCase("true")) {
            b.noCache = span;
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))
                ? s.substring(1, s.length() - 1) : s;
    }
}
