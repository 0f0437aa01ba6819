package dev.layerlint.cli;

import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Instruction;
import dev.layerlint.cache.Builder;
import dev.layerlint.cache.Store;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.CachePredictor;
import dev.layerlint.cache.Change;
import dev.layerlint.cache.VolatileArgs;
import dev.layerlint.explain.BuildHistory;
import dev.layerlint.model.Stage;
import dev.layerlint.explain.CacheMatrix;
import dev.layerlint.explain.EarlierBuild;
import dev.layerlint.explain.ExplainJson;
import dev.layerlint.explain.ExplainText;
import dev.layerlint.explain.Explainer;
import dev.layerlint.explain.Explanation;
import dev.layerlint.model.BuildContext;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.parser.ParseResult;
import dev.layerlint.parser.Parser;
import dev.layerlint.pipeline.Job;
import dev.layerlint.pipeline.Pipeline;
import dev.layerlint.pipeline.PipelineReader;
import dev.layerlint.rule.Fixer;
import dev.layerlint.rule.LintOptions;
import dev.layerlint.rules.Registry;
import dev.layerlint.rules.ci.PipelineExplain;
import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.source.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code layerlint explain}: which steps of this build rebuild and why, against
 * the earlier builds the cache holds (a recorded history, the Dockerfile at a
 * git ref or in a file, or the last build with named changes); or, with none,
 * the cache matrix. The options it shares with check (--builder, --build-arg,
 * --context, --target, --volatile-arg, --color, --format) come from check's
 * table, CheckOption; its own are declared here.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Explain the build cache. With earlier builds to compare with (--history, --since, "
                + "--previous) or changes since the last build (--changed, --build-arg, --build-arg-changed, "
                + "--base-updated): which steps of this build rebuild and why, and for a cached step which earlier "
                + "build its entry comes from. Without any: the cache matrix, what each kind of change rebuilds, "
                + "and the share of expensive work a source edit redoes before and after the fixes layerlint "
                + "would apply.",
                "The options say what 'docker build' is given: --build-arg is this build's value, as in "
                        + "'docker build --build-arg'; a change is decided by value against the earlier builds."},
        footer = {"%nIn CI: layerlint explain --history cache-history.json --record cache-history.json "
                + "--build-arg NAME=VALUE ... before each docker build (the file format is in docs/explain.md)."})
final class ExplainCommand implements Callable<Integer> {
    /** The options explain shares with check, declared once in CheckOption. */
    static final Set<CheckOption> SHARED = EnumSet.of(CheckOption.FORMAT, CheckOption.COLOR, CheckOption.BUILDER,
            CheckOption.CONTEXT, CheckOption.BUILD_ARG, CheckOption.VOLATILE_ARG, CheckOption.TARGET);

    private final Environment environment;

    @CommandLine.Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DOCKERFILE", arity = "0..1", description = "The Dockerfile, as docker build -f FILE (default: ./Dockerfile).")
    String dockerfile = "Dockerfile";

    @Option(names = "--history", paramLabel = "FILE", description = "A build history (written by --record): "
            + "the earlier builds the cache holds. Each is compared with this build; a step is cached when one of "
            + "them has it. A missing file is an empty history (a cold build).")
    Path history;

    @Option(names = "--record", paramLabel = "FILE", description = "Append this build (Dockerfile, .dockerignore, "
            + "build arguments, target, builder, and each context file's content hash and mode) to a build "
            + "history, after the explanation. Alone, it records and prints nothing else.")
    Path record;

    @Option(names = "--since", paramLabel = "GIT_REF", description = "An earlier build of the commit GIT_REF "
            + "(repeatable): its Dockerfile and .dockerignore as git has them there, compared by value; the "
            + "context files git reports changed since then (working tree and untracked files included).")
    List<String> since = new ArrayList<>();

    @Option(names = "--previous", paramLabel = "FILE", description = "An earlier build that used the Dockerfile "
            + "FILE (repeatable); the instructions that differ in value count as changed.")
    List<Path> previous = new ArrayList<>();

    @Option(names = "--previous-build-arg", paramLabel = "NAME=VALUE", description = "A build argument as given to "
            + "the earlier build of --since, --previous or --changed (repeatable; default: none given, so the "
            + "Dockerfile's defaults). --history records them itself.")
    Map<String, String> previousArgs = new LinkedHashMap<>();

    @Option(names = "--changed", paramLabel = "PATH", arity = "1..*", description = "Context files whose content "
            + "or mode changed since the earlier builds, relative to the context (an mtime alone changes nothing).")
    List<String> changed = new ArrayList<>();

    @Option(names = "--build-arg-changed", paramLabel = "NAME", arity = "1..*",
            description = "Build arguments whose value changed since the earlier builds, without saying the value "
                    + "(a credential).")
    List<String> argsChanged = new ArrayList<>();

    @Option(names = "--base-updated", paramLabel = "IMAGE", arity = "0..1", fallbackValue = "*",
            description = "A base image tag that now names new content, as after 'docker pull' (every base image "
                    + "without a value).")
    String baseUpdated;

    @Option(names = "--base-digest", paramLabel = "IMAGE=DIGEST", description = "The content the base image tag "
            + "IMAGE (as written after FROM) names in this build: its digest or image ID, as 'docker image inspect "
            + "--format {{.Id}} IMAGE' prints it (repeatable). Recorded with --record and compared with every "
            + "recorded build that has one: a tag moved back to an earlier build's content finds that build's "
            + "steps. For a build recorded without one, --base-updated decides.")
    Map<String, String> baseDigests = new LinkedHashMap<>();

    @Option(names = "--store", paramLabel = "overlay2|containerd", converter = StoreConverter.class,
            description = "The image store of the Docker engine that builds, as docker info shows it: overlay2 "
                    + "(the default of Docker 28; COPY --link is a plain COPY there), or containerd (the containerd "
                    + "image store, the default of fresh Docker 29 installs; COPY --link stays cached when only "
                    + "what is below it changed). Default: overlay2.")
    Store store = Store.OVERLAY2;

    /** Reads --store. */
    static final class StoreConverter implements CommandLine.ITypeConverter<Store> {
        @Override
        public Store convert(String value) {
            for (Store s : Store.values()) {
                if (s.label().equals(value)) {
                    return s;
                }
            }
            throw new CommandLine.TypeConversionException("expected overlay2 or containerd, not '" + value + "'");
        }
    }

    @Option(names = "--pipeline", paramLabel = "FILE", description = "Simulate the next run of a CI pipeline "
            + "(Azure Pipelines, GitHub Actions, GitLab CI): for each image build it makes, the Dockerfile, context, "
            + "target and build arguments it gives, with the values that change every run (a build id, a commit "
            + "SHA, a date, an auth task's token) as changed, against the cache that run can see (its cache "
            + "imports and their mode, or the agent's own cache, or none on an agent that starts cold).")
    Path pipeline;

    @Option(names = "--job", paramLabel = "NAME", description = "With --pipeline: only the builds of this job.")
    String job;

    @Option(names = "--same-output", description = "Assume a rebuilt upstream stage produces byte-identical files "
            + "(then COPY --from stays cached), as a reproducible compiler does. Without it, only a RUN whose "
            + "commands fix what it writes (echo, mkdir, cat ... with literal paths) is known to.")
    boolean sameOutput;

    // the shared options, read from the parse result through CheckOption
    private Builder builder;
    private Map<String, String> buildArgs;
    private Path context;
    private String target;
    private Set<String> volatileArgs;
    private ColorMode color;
    private boolean json;

    ExplainCommand(Environment environment) {
        this.environment = environment;
    }

    /** The command as picocli runs it: the annotated options, plus the ones shared with check. */
    static CommandSpec spec(Environment environment) {
        CommandSpec spec = CommandSpec.forAnnotatedObject(new ExplainCommand(environment));
        CheckSpec.addShared(spec, SHARED, (option, b) -> {
            if (option == CheckOption.FORMAT) {
                b.description("Output format: text, json (default: text; json is described in "
                        + "docs/json-output.md).").completionCandidates(List.of("text", "json"));
            } else if (option == CheckOption.BUILD_ARG) {
                b.description("A build argument of this build, as given to docker build (repeatable); compared "
                        + "by value with the earlier builds' (an explicit value equal to the default is no change).");
            } else if (option == CheckOption.CONTEXT) {
                b.description("The build context, as given to docker build (default: the Dockerfile's folder).");
            } else if (option == CheckOption.BUILDER) {
                b.description("The builder that runs the build: buildkit (DOCKER_BUILDKIT=1, what docker build uses "
                        + "by default since Docker 23) or classic (DOCKER_BUILDKIT=0). Each has its own cache "
                        + "(default: buildkit).");
            } else if (option == CheckOption.TARGET) {
                b.description("The stage to build, as docker build --target (default: the last).");
            }
        });
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CheckOptions shared = CheckSpec.read(spec.commandLine().getParseResult(), SHARED);
        builder = shared.builder;
        buildArgs = shared.buildArgs;
        context = shared.context;
        target = shared.target;
        volatileArgs = shared.volatileArgs;
        color = shared.color;
        CheckOptions.Format format = shared.outputs.isEmpty() ? CheckOptions.Format.TEXT
                : shared.outputs.get(shared.outputs.size() - 1).format;
        if (format != CheckOptions.Format.TEXT && format != CheckOptions.Format.JSON) {
            err.println("layerlint: explain writes --format text or json, not " + format.name().toLowerCase());
            return ExitCodes.ERROR;
        }
        json = format == CheckOptions.Format.JSON;
        if (pipeline != null || job != null) {
            return pipeline(out, err);
        }

        Inputs.Input input = Inputs.resolve(List.of(dockerfile), "<stdin>").get(0);
        SourceText source = Inputs.loadSingle(input, environment, err);
        if (source == null) {
            return ExitCodes.ERROR;
        }
        Path contextDir = context != null ? context : input.file() == null ? null
                : input.file().toAbsolutePath().getParent();
        ParseResult parse = Parser.parse(source);
        if (parse.hasErrors()) {
            var e = parse.errors().get(0);
            err.println(source.path() + ":" + e.span().startLine() + ":" + e.span().startColumn() + ": error: "
                    + e.message() + " (fix syntax errors first: layerlint check)");
            return ExitCodes.ERROR;
        }
        CacheModel cache = cacheModel(parse, input.file(), contextDir);
        // --build-arg alone compares with a build of the defaults; with --record alone it is what gets recorded
        boolean explaining = history != null || !since.isEmpty() || !previous.isEmpty() || !changed.isEmpty()
                || !buildArgs.isEmpty() && record == null || !argsChanged.isEmpty() || baseUpdated != null;
        int code = ExitCodes.OK;
        if (explaining) {
            try {
                explain(cache, source, input.file(), contextDir, out);
            } catch (InputException e) {
                err.println(e.describe().replaceFirst(": ", ": error: "));
                return ExitCodes.ERROR;
            } catch (IOException | UncheckedIOException e) {
                err.println("layerlint: error: " + e.getMessage());
                return ExitCodes.ERROR;
            }
        } else if (record == null) {
            matrix(cache, source, input.file(), contextDir, out);
        }
        if (record != null) {
            try {
                BuildHistory.append(record, capture(cache, source, input.file(), contextDir));
                err.println("layerlint: recorded this build as build " + BuildHistory.load(record).size() + " in "
                        + record);
            } catch (IOException e) {
                err.println("layerlint: error: --record " + record + ": " + e.getMessage());
                return ExitCodes.ERROR;
            }
        }
        out.flush();
        err.flush();
        return code;
    }

    private void explain(CacheModel cache, SourceText source, Path file, Path contextDir, PrintWriter out)
            throws IOException, InputException {
        String ignoreText = ignoreText(cache.context());
        Map<String, BuildHistory.FileState>[] snapshot = new Map[1];
        EarlierBuild.Current now = new EarlierBuild.Current(cache, buildArgs, target, ignoreText, () -> {
            if (snapshot[0] == null) {
                try {
                    snapshot[0] = cache.context() == null ? Map.of() : BuildHistory.snapshot(cache.context());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return snapshot[0];
        });
        String dockerfileInContext = relativeInContext(file, contextDir);
        List<EarlierBuild> earlier = new ArrayList<>();
        if (history != null) {
            List<BuildHistory.Build> builds;
            try {
                builds = BuildHistory.load(history);
            } catch (IOException e) {
                throw new IOException("--history " + history + ": " + e.getMessage(), e);
            }
            for (int k = 0; k < builds.size(); k++) {
                BuildHistory.Build b = builds.get(k);
                if (b.builder() == builder) { // each builder has its own cache
                    earlier.add(new EarlierBuild("build " + (k + 1), b.dockerfile(), true, b.dockerignore(),
                            BuildHistory.reveal(b.buildArgs(), buildArgs, argDefaults(cache)), b.context(),
                            List.of(), b.bases()));
                }
            }
        }
        for (Path p : previous) {
            String text = SourceLoader.load(p, p.toString()).text();
            List<String> files = new ArrayList<>(changed);
            if (dockerfileInContext != null && !text.equals(source.text())) {
                files.add(dockerfileInContext); // the Dockerfile is a context file too: COPY . sees the edit
            }
            earlier.add(new EarlierBuild("--previous " + p, text, false, null, previousArgs, null, files,
                    Map.of()));
        }
        for (String ref : since) {
            earlier.add(sinceBuild(ref, file, contextDir));
        }
        if (earlier.isEmpty() && history == null) {
            earlier.add(new EarlierBuild("the last build", null, false, null, previousArgs, null, changed,
                    Map.of()));
        }
        List<EarlierBuild.Comparison> comparisons = new ArrayList<>();
        for (EarlierBuild e : earlier) {
            EarlierBuild.Comparison c = e.compare(now);
            List<Change> changes = new ArrayList<>(c.changes());
            List<String> labels = new ArrayList<>(c.changeLabels());
            if (e.context() != null) {
                for (String path : changed) { // a recorded build knows its files; --changed adds to them
                    changes.add(new Change.FileChanged(path));
                    labels.add(path);
                }
            }
            for (String name : argsChanged) {
                changes.add(new Change.BuildArgChanged(name));
                labels.add("build arg " + name);
            }
            for (String image : baseImagesMoved(cache, e)) {
                changes.add(new Change.BaseImageChanged(image));
                labels.add(image == null ? "every base image" : "base image " + image);
            }
            comparisons.add(new EarlierBuild.Comparison(c.label(), changes, labels));
        }
        Explanation explanation = Explainer.explain(cache, comparisons, new CachePredictor.Assumptions(!sameOutput));
        if (json) {
            out.print(ExplainJson.explanation(explanation));
        } else {
            new ExplainText(color.enabled(environment)).explanation(explanation, out);
        }
    }

    /**
     * The base image tags that name other content than in the earlier build {@code e} (null: every base image):
     * by digest where both builds have one (--base-digest, and the one recorded), else what --base-updated says.
     */
    private List<String> baseImagesMoved(CacheModel cache, EarlierBuild e) {
        List<String> out = new ArrayList<>();
        Set<String> decided = new TreeSet<>();
        baseDigests.forEach((image, digest) -> {
            String then = e.bases().get(image);
            if (then != null) {
                decided.add(image);
                if (!then.equals(digest)) {
                    out.add(image);
                }
            }
        });
        if (baseUpdated == null) {
            return out;
        }
        if (!baseUpdated.equals("*")) {
            if (!decided.contains(baseUpdated)) {
                out.add(baseUpdated);
            }
        } else if (decided.isEmpty()) {
            out.add(null);
        } else { // every base image but those the digests decided
            for (Stage stage : cache.model().stages()) {
                if (stage.hasImageBase() && !decided.contains(stage.baseImage()) && !out.contains(stage.baseImage())) {
                    out.add(stage.baseImage());
                }
            }
        }
        return out;
    }

    /** explain --pipeline: every build of the pipeline (of --job), the next run simulated. */
    private int pipeline(PrintWriter out, PrintWriter err) {
        var parsed = spec.commandLine().getParseResult();
        List<String> alone = new ArrayList<>();
        List<String> dockerfileOptions = new ArrayList<>(List.of("--history", "--record", "--since", "--previous",
                "--previous-build-arg", "--changed", "--build-arg-changed", "--base-updated", "--base-digest"));
        for (CheckOption o : List.of(CheckOption.BUILD_ARG, CheckOption.CONTEXT, CheckOption.TARGET,
                CheckOption.BUILDER)) {
            dockerfileOptions.add(o.longName());
        }
        for (String name : dockerfileOptions) {
            if (parsed.hasMatchedOption(name)) {
                alone.add(name);
            }
        }
        if (pipeline == null) {
            err.println("layerlint: error: --job needs --pipeline FILE");
            return ExitCodes.ERROR;
        }
        if (!alone.isEmpty() || parsed.hasMatchedPositional(0)) {
            err.println("layerlint: error: --pipeline takes the Dockerfile, context, target, builder and build "
                    + "arguments from the pipeline; drop " + (alone.isEmpty() ? "DOCKERFILE" : String.join(", ",
                    alone)));
            return ExitCodes.ERROR;
        }
        Pipeline read;
        try {
            read = PipelineReader.read(SourceLoader.load(pipeline, pipeline.toString()), pipeline);
        } catch (InputException e) {
            err.println(e.describe().replaceFirst(": ", ": error: "));
            return ExitCodes.ERROR;
        }
        List<PipelineExplain.Run> runs = PipelineExplain.simulate(read, pipeline, job);
        if (job != null && runs.isEmpty()) {
            List<String> jobs = read.jobs().stream().filter(j -> !j.builds().isEmpty()).map(Job::name).toList();
            err.println("layerlint: error: " + pipeline + " has no job " + job + " that builds an image"
                    + (jobs.isEmpty() ? "" : " (jobs with builds: " + String.join(", ", jobs) + ")"));
            return ExitCodes.ERROR;
        }
        if (json) {
            out.print(PipelineExplainOutput.json(read, runs));
        } else {
            new PipelineExplainOutput(color.enabled(environment)).text(read, runs, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The build of commit {@code ref}: its Dockerfile and .dockerignore from git, the files git says changed. */
    private EarlierBuild sinceBuild(String ref, Path file, Path contextDir) throws IOException {
        List<String> files;
        try {
            files = gitChanges(contextDir, ref);
        } catch (IOException e) {
            throw new IOException("--since " + ref + ": " + e.getMessage(), e);
        }
        String oldDockerfile = file == null ? null : gitShow(file.toAbsolutePath().getParent(), ref,
                file.getFileName().toString());
        if (file != null && oldDockerfile == null) {
            oldDockerfile = ""; // not in git at that commit: every instruction is new
        }
        String oldIgnore = null;
        BuildContext ctx = contextDir == null ? null : BuildContext.of(contextDir, file);
        if (ctx != null && ctx.ignoreFile() != null) {
            oldIgnore = gitShow(ctx.ignoreFile().toAbsolutePath().getParent(), ref,
                    ctx.ignoreFile().getFileName().toString());
        } else if (contextDir != null) {
            oldIgnore = gitShow(contextDir, ref, ".dockerignore");
        }
        files.addAll(changed);
        return new EarlierBuild("--since " + ref, oldDockerfile, contextDir != null, oldIgnore, previousArgs, null,
                files, Map.of());
    }

    /** Every ARG default written in the Dockerfile, by name (as written: the values a recorded digest may hide). */
    private static Map<String, List<String>> argDefaults(CacheModel cache) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Instruction i : cache.model().file().instructions()) {
            if (i instanceof Arg a) {
                for (ArgDeclaration d : a.declarations()) {
                    if (d.defaultValue() != null) {
                        out.computeIfAbsent(d.name().text(), n -> new ArrayList<>()).add(d.defaultValue().text());
                    }
                }
            }
        }
        return out;
    }

    private BuildHistory.Build capture(CacheModel cache, SourceText source, Path file, Path contextDir)
            throws IOException {
        String path = relativeInContext(file, contextDir);
        if (path == null) {
            path = file == null ? source.path() : file.getFileName().toString();
        }
        Map<String, BuildHistory.FileState> files = cache.context() == null ? Map.of()
                : BuildHistory.snapshot(cache.context());
        return new BuildHistory.Build(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), builder, target, path,
                source.text(), ignoreText(cache.context()), buildArgs, files, baseDigests);
    }

    private void matrix(CacheModel cache, SourceText source, Path file, Path contextDir, PrintWriter out) {
        VolatileArgs volatiles = new VolatileArgs(volatileArgs);
        CacheMatrix before = CacheMatrix.of(cache, volatiles);
        LintOptions options = new LintOptions(builder, buildArgs, volatileArgs, contextDir, target);
        Fixer.Outcome fixed = Fixer.fix(source, file, options, Registry.rules(), true);
        CacheMatrix after;
        if (!fixed.dockerfile().equals(source.text())) {
            ParseResult reparsed = Parser.parse(new SourceText(source.path(), fixed.dockerfile(), source.hasBom()));
            after = CacheMatrix.of(cacheModel(reparsed, file, contextDir), volatiles);
        } else {
            after = before;
        }
        String builderLabel = builder == Builder.BUILDKIT ? "BuildKit" : "classic builder";
        if (json) {
            out.print(ExplainJson.matrix(source.path(), builderLabel, before, after));
        } else {
            new ExplainText(color.enabled(environment)).matrix(source.path(), builderLabel, before, after, out);
        }
    }

    private CacheModel cacheModel(ParseResult parse, Path file, Path contextDir) {
        SemanticModel model = SemanticModel.build(parse.dockerfile(), buildArgs, target);
        BuildContext buildContext = null;
        if (contextDir != null) {
            try {
                buildContext = BuildContext.of(contextDir, file);
            } catch (IOException e) {
                buildContext = null;
            }
        }
        return CacheModel.build(model, builder, store, buildContext);
    }

    private static String ignoreText(BuildContext context) throws IOException {
        return context == null || context.ignoreFile() == null ? null : Files.readString(context.ignoreFile());
    }

    /** The Dockerfile's path inside the context (it is a context file too), or null when it is outside. */
    private static String relativeInContext(Path file, Path contextDir) {
        if (file == null || contextDir == null || !file.toAbsolutePath().normalize()
                .startsWith(contextDir.toAbsolutePath().normalize())) {
            return null;
        }
        return contextDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    /** Paths (relative to the context) that git reports changed since a ref, plus untracked files. */
    private static List<String> gitChanges(Path contextDir, String ref) throws IOException {
        if (contextDir == null) {
            throw new IOException("needs a build context (a Dockerfile path or --context)");
        }
        Set<String> paths = new LinkedHashSet<>();
        paths.addAll(git(contextDir, "diff", "--name-only", "--relative", ref));
        paths.addAll(git(contextDir, "ls-files", "--others", "--exclude-standard"));
        return new ArrayList<>(paths);
    }

    /** A file's text at a ref ({@code name} relative to {@code dir}), or null when git has no such file there. */
    private static String gitShow(Path dir, String ref, String name) throws IOException {
        try {
            return run(dir, "show", ref + ":./" + name);
        } catch (IOException e) {
            return null;
        }
    }

    private static List<String> git(Path dir, String... args) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : run(dir, args).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /** What a git command prints, or an IOException with its first error line. */
    private static String run(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String error = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(error.isEmpty() ? "git failed" : error.lines().findFirst().orElse(error));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        return text;
    }
}
