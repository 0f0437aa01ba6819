package dev.layerlint.cli;

import dev.layerlint.ast.Instruction;
import dev.layerlint.cache.Builder;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.Change;
import dev.layerlint.cache.VolatileArgs;
import dev.layerlint.explain.CacheMatrix;
import dev.layerlint.explain.DockerfileDiff;
import dev.layerlint.explain.ExplainJson;
import dev.layerlint.explain.ExplainText;
import dev.layerlint.explain.Explainer;
import dev.layerlint.explain.Explanation;
import dev.layerlint.model.BuildContext;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.parser.ParseResult;
import dev.layerlint.parser.Parser;
import dev.layerlint.rule.Fixer;
import dev.layerlint.rule.LintOptions;
import dev.layerlint.rules.Registry;
import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.source.SourceText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code layerlint explain}: which steps a change rebuilds and why, or the cache matrix. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Explain the build cache: with a change (--changed, --since, --build-arg, "
                + "--build-arg-changed, --base-updated), which steps rebuild and why; without one, the cache "
                + "matrix: what each kind of change rebuilds, and the share of expensive work a source edit "
                + "redoes before and after the fixes layerlint would apply."})
final class ExplainCommand implements Callable<Integer> {
    enum Format { TEXT, JSON }

    private final Environment environment;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DOCKERFILE", arity = "0..1", description = "The Dockerfile (default: ./Dockerfile).")
    String dockerfile = "Dockerfile";

    @Option(names = "--context", paramLabel = "DIR", description = "The build context (default: the Dockerfile's "
            + "folder).")
    Path context;

    @Option(names = "--target", paramLabel = "STAGE", description = "The stage to build (default: the last).")
    String target;

    @Option(names = "--builder", paramLabel = "BUILDER", description = "${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}).")
    Builder builder = Builder.BUILDKIT;

    @Option(names = "--changed", paramLabel = "PATH", arity = "1..*", description = "Context files that changed "
            + "(content or mode), relative to the context.")
    List<String> changed = new ArrayList<>();

    @Option(names = "--since", paramLabel = "GIT_REF", description = "The files git reports changed since this ref, "
            + "working tree and untracked files included.")
    String since;

    @Option(names = "--build-arg", paramLabel = "NAME=VALUE", description = "A build argument with a new value.")
    Map<String, String> buildArgs = new LinkedHashMap<>();

    @Option(names = "--build-arg-changed", paramLabel = "NAME", arity = "1..*",
            description = "Build arguments whose value changed.")
    List<String> argsChanged = new ArrayList<>();

    @Option(names = "--base-updated", paramLabel = "IMAGE", arity = "0..1", fallbackValue = "*",
            description = "A base image moved to new content (every base image without a value).")
    String baseUpdated;

    @Option(names = "--previous", paramLabel = "FILE", description = "The Dockerfile as it was at the last build: "
            + "the instructions that differ in value count as changed.")
    Path previous;

    @Option(names = "--same-output", description = "Assume a rebuilt upstream stage produces byte-identical files "
            + "(then COPY --from stays cached).")
    boolean sameOutput;

    @Option(names = "--volatile-arg", paramLabel = "NAME", description = "A build argument that changes on every "
            + "build (repeatable).")
    Set<String> volatileArgs = new LinkedHashSet<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}).")
    Format format = Format.TEXT;

    @Option(names = "--color", paramLabel = "WHEN", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ColorMode color = ColorMode.AUTO;

    ExplainCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Inputs.Input input = Inputs.resolve(List.of(dockerfile), "<stdin>").get(0);
        SourceText source = Inputs.loadSingle(input, environment, err);
        if (source == null) {
            return ExitCodes.ERROR;
        }
        Path contextDir = context != null ? context : input.file() == null ? null
                : input.file().toAbsolutePath().getParent();
        List<Change> changes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String path : changed) {
            changes.add(new Change.FileChanged(path));
            labels.add(path);
        }
        if (since != null) {
            try {
                for (String path : gitChanges(contextDir, since)) {
                    changes.add(new Change.FileChanged(path));
                    labels.add(path);
                }
            } catch (IOException e) {
                err.println("layerlint: error: --since " + since + ": " + e.getMessage());
                return ExitCodes.ERROR;
            }
        }
        buildArgs.keySet().forEach(name -> {
            changes.add(new Change.BuildArgChanged(name));
            labels.add("build arg " + name);
        });
        argsChanged.forEach(name -> {
            changes.add(new Change.BuildArgChanged(name));
            labels.add("build arg " + name);
        });
        if (baseUpdated != null) {
            changes.add(new Change.BaseImageChanged(baseUpdated.equals("*") ? null : baseUpdated));
            labels.add(baseUpdated.equals("*") ? "every base image" : "base image " + baseUpdated);
        }
        ParseResult parse = Parser.parse(source);
        if (parse.hasErrors()) {
            var e = parse.errors().get(0);
            err.println(source.path() + ":" + e.span().startLine() + ":" + e.span().startColumn() + ": error: "
                    + e.message() + " (fix syntax errors first: layerlint check)");
            return ExitCodes.ERROR;
        }
        CacheModel cache = cacheModel(parse, source, input.file(), contextDir);
        if (previous != null) {
            try {
                SourceText old = SourceLoader.load(previous, previous.toString());
                ParseResult oldParse = Parser.parse(old);
                List<Instruction> edited = DockerfileDiff.changed(
                        SemanticModel.build(oldParse.dockerfile(), buildArgs, target), cache.model());
                for (Instruction i : edited) {
                    changes.add(new Change.InstructionEdited(i));
                    labels.add("line " + i.span().startLine());
                }
                if (input.file() != null && contextDir != null
                        && input.file().toAbsolutePath().startsWith(contextDir.toAbsolutePath())) {
                    // the Dockerfile is a context file too: COPY . sees the edit
                    changes.add(new Change.FileChanged(contextDir.toAbsolutePath().relativize(
                            input.file().toAbsolutePath()).toString().replace('\\', '/')));
                }
                if (edited.isEmpty()) {
                    labels.add("Dockerfile (no instruction changed in value)");
                }
            } catch (InputException e) {
                err.println(e.describe().replaceFirst(": ", ": error: "));
                return ExitCodes.ERROR;
            }
        }
        if (!changes.isEmpty() || since != null || previous != null) {
            Explanation explanation = Explainer.explain(cache, changes, labels,
                    new CacheModel.Assumptions(!sameOutput));
            if (format == Format.JSON) {
                out.print(ExplainJson.explanation(explanation));
            } else {
                new ExplainText(color.enabled(environment)).explanation(explanation, out);
            }
            out.flush();
            return ExitCodes.OK;
        }
        VolatileArgs volatiles = new VolatileArgs(volatileArgs);
        CacheMatrix before = CacheMatrix.of(cache, volatiles);
        LintOptions options = new LintOptions(builder, buildArgs, volatileArgs, contextDir, target);
        Fixer.Outcome fixed = Fixer.fix(source, input.file(), options, Registry.rules(), true);
        CacheMatrix after = null;
        if (!fixed.dockerfile().equals(source.text())) {
            ParseResult reparsed = Parser.parse(new SourceText(source.path(), fixed.dockerfile(), source.hasBom()));
            after = CacheMatrix.of(cacheModel(reparsed, source, input.file(), contextDir), volatiles);
        } else {
            after = before;
        }
        String builderLabel = builder == Builder.BUILDKIT ? "BuildKit" : "classic builder";
        if (format == Format.JSON) {
            out.print(ExplainJson.matrix(source.path(), builderLabel, before, after));
        } else {
            new ExplainText(color.enabled(environment)).matrix(source.path(), builderLabel, before, after, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private CacheModel cacheModel(ParseResult parse, SourceText source, Path file, Path contextDir) {
        SemanticModel model = SemanticModel.build(parse.dockerfile(), buildArgs, target);
        BuildContext buildContext = null;
        if (contextDir != null) {
            try {
                buildContext = BuildContext.of(contextDir, file);
            } catch (IOException e) {
                buildContext = null;
            }
        }
        return CacheModel.build(model, builder, buildContext);
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

    private static List<String> git(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        String error = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(error.isEmpty() ? "git failed" : error.lines().findFirst().orElse(error));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        return lines;
    }
}
