package dev.layerlint.rules.ci;

import dev.layerlint.ast.Arg;
import dev.layerlint.cache.Builder;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.CachePredictor;
import dev.layerlint.cache.Change;
import dev.layerlint.explain.EarlierBuild;
import dev.layerlint.explain.Explainer;
import dev.layerlint.explain.Explanation;
import dev.layerlint.model.BuildContext;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.model.Stage;
import dev.layerlint.parser.ParseResult;
import dev.layerlint.parser.Parser;
import dev.layerlint.pipeline.Build;
import dev.layerlint.pipeline.BuildArg;
import dev.layerlint.pipeline.CacheSpec;
import dev.layerlint.pipeline.DockerfileLink;
import dev.layerlint.pipeline.Job;
import dev.layerlint.pipeline.Origin;
import dev.layerlint.pipeline.PerRun;
import dev.layerlint.pipeline.Pipeline;
import dev.layerlint.pipeline.Step;
import dev.layerlint.pipeline.Yaml;
import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code explain --pipeline}: the next run of a pipeline's jobs, build by
 * build. Each build is explained with the Dockerfile, context, target and
 * build arguments the pipeline gives it, against the cache that run can see:
 * what its cache imports find (written by which export of the file, in which
 * mode), or the agent's own layer cache, or nothing on an agent that starts
 * cold. Arguments whose value is new every run ({@link Origin#perRun()}) are
 * changed arguments; fixed ones and secrets are not. The prediction is
 * explain's ({@link Explainer}, {@link CachePredictor}); this class only says
 * what changed and what the cache holds.
 */
public final class PipelineExplain {
    private PipelineExplain() {
    }

    /** How much of the last run's build the cache this run imports holds. */
    enum Reach { NOTHING, FINAL_STAGE, EVERY_STAGE }

    /**
     * The cache a build sees, in words where it comes from (naming the pipeline line), and the short reason a
     * step table row gives for a step it does not hold.
     */
    record Seen(Reach reach, String says, String row) {
        Seen(Reach reach, String says) {
            this(reach, says, null);
        }
    }

    /**
     * One build of the next run: the build, its Dockerfile as linked (null when it cannot be told),
     * {@code facts} (the agent, the cache seen, the per-run arguments, each naming its pipeline line), and
     * explain's prediction (null with {@code problem} when there is no Dockerfile to explain).
     */
    public record Run(Build build, String dockerfile, List<String> facts, Explanation explanation, String problem) {
    }

    /** The builds of {@code job} (every job when null), in file order. */
    public static List<Run> simulate(Pipeline pipeline, Path file, String job) {
        List<Path> roots = file == null ? List.of() : DockerfileLink.roots(file);
        Map<Path, DockerfileLink> memo = new HashMap<>();
        List<Run> out = new ArrayList<>();
        for (Job j : pipeline.jobs()) {
            if (job != null && !job.equals(j.name())) {
                continue;
            }
            for (Build b : j.builds()) {
                out.add(simulate(pipeline, b, roots, memo));
            }
        }
        return out;
    }

    private static Run simulate(Pipeline p, Build b, List<Path> roots, Map<Path, DockerfileLink> memo) {
        List<String> facts = new ArrayList<>();
        facts.add("job " + b.job.name() + ": " + agent(b.job));
        String rel = DockerfileLink.relativePath(b);
        if (rel == null) {
            return new Run(b, null, facts, null, "its Dockerfile is not a literal path in this file ("
                    + (b.bake ? "a bake file" : b.dockerfile != null ? b.dockerfile : b.context) + ")");
        }
        DockerfileLink link = DockerfileLink.of(b, roots, memo);
        if (link == null) {
            return new Run(b, rel, facts, null, rel + " is not found next to the pipeline (or does not parse)");
        }
        if (b.engine == Build.Engine.REMOTE) {
            return new Run(b, rel, facts, null, b.tool + " builds on a build service whose cache is the"
                    + " service's: not simulated");
        }
        Path root = null;
        for (Path r : roots) {
            if (r.resolve(rel).normalize().equals(link.path())) {
                root = r;
                break;
            }
        }
        String contextRel = DockerfileLink.contextPath(b);
        Path contextDir = root == null || contextRel == null ? null : root.resolve(contextRel).normalize();
        Map<String, String> args = new LinkedHashMap<>();
        for (BuildArg a : b.args) {
            args.put(a.name(), a.value());
        }
        Builder builder = b.engine == Build.Engine.CLASSIC ? Builder.CLASSIC : Builder.BUILDKIT;
        CacheModel cache;
        try {
            ParseResult parse = Parser.parse(SourceLoader.load(link.path(), link.display()));
            SemanticModel model = SemanticModel.build(parse.dockerfile(), args, b.target);
            BuildContext context = null;
            if (contextDir != null && Files.isDirectory(contextDir)) {
                try {
                    context = BuildContext.of(contextDir, link.path());
                } catch (IOException e) {
                    context = null;
                }
            }
            cache = CacheModel.build(model, builder, context);
        } catch (InputException e) {
            return new Run(b, rel, facts, null, e.describe());
        }

        List<Change> changes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Seen seen = seen(p, b);
        facts.add("cache: " + seen.says());
        switch (seen.reach()) {
            case NOTHING -> {
                changes.add(new Change.NoCache(seen.row() != null ? seen.row() : "nothing cached"));
                labels.add("nothing cached");
            }
            case FINAL_STAGE -> {
                for (Stage s : outsideFinalImage(cache.model())) {
                    changes.add(new Change.StageNotCached(s, "not in " + cacheWord(b) + " (final stage only)"));
                    labels.add("stage " + s.label() + " not in the cache");
                }
            }
            case EVERY_STAGE -> {
            }
        }
        Set<String> declared = declaredArgs(cache.model());
        for (BuildArg a : b.args) {
            if (!a.origin().perRun()) {
                continue;
            }
            String where = "line " + a.span().startLine();
            if (!declared.contains(a.name())) {
                facts.add("new every run: build arg " + a.name() + " (" + where + ", " + a.origin().why()
                        + "), which " + rel + " does not declare: no step reads it");
                continue;
            }
            facts.add("new every run: build arg " + a.name() + " (" + where + ", " + a.origin().why() + ")");
            String fileName = p.source().path().substring(p.source().path().replace('\\', '/').lastIndexOf('/') + 1);
            // the rows name the pipeline line that passes the argument
            changes.add(new Change.BuildArgChanged(a.name(), "is new every run (" + fileName + ":"
                    + a.span().startLine() + ")"));
            labels.add("build arg " + a.name() + " (" + fileName + ":" + a.span().startLine() + ", new every run)");
        }
        Explanation e = Explainer.explain(cache, List.of(new EarlierBuild.Comparison("the last run", changes,
                labels)), CachePredictor.Assumptions.defaults());
        return new Run(b, rel, facts, e, null);
    }

    private static String agent(Job j) {
        String what = j.agent().what().isEmpty() ? "" : j.agent().what() + ", ";
        return switch (j.agent().kind()) {
            case EPHEMERAL -> "runs on " + what + "which starts every run with an empty layer cache";
            case PERSISTENT -> "runs on " + what + "which keeps its layer cache between runs";
            case UNKNOWN -> "runs on " + what + "an agent this file does not describe: assumed to keep its layer"
                    + " cache (a hosted agent would start empty)";
        };
    }

    /** The cache a build's next run sees. */
    static Seen seen(Pipeline p, Build b) {
        if (b.noCache != null) {
            return new Seen(Reach.NOTHING, "--no-cache (line " + b.noCache.startLine() + ") ignores every cache",
                    "--no-cache (pipeline line " + b.noCache.startLine() + ")");
        }
        Seen best = null;
        for (CacheSpec from : b.cacheFrom) {
            Seen s = imported(p, b, from);
            if (best == null || s.reach().ordinal() > best.reach().ordinal()) {
                best = s;
            }
        }
        if (best != null && best.reach() != Reach.NOTHING) {
            return best;
        }
        if (!b.job.agent().ephemeral()) {
            return new Seen(Reach.EVERY_STAGE, "the agent's own layer cache, from the last run on it"
                    + (best == null ? "" : " (" + best.says() + ")"));
        }
        if (best != null) {
            return new Seen(Reach.NOTHING, best.says(), "no cache: the import finds nothing (pipeline"
                    + " line " + b.cacheFrom.get(0).span().startLine() + ")");
        }
        return new Seen(Reach.NOTHING, name(b) + " imports no cache (no cache-from), and " + b.job.agent().what()
                + " starts every run with an empty layer cache", "no cache: cold agent, no import (pipeline"
                + " line " + b.span.startLine() + ")");
    }

    /** What one cache import finds on the next run. */
    private static Seen imported(Pipeline p, Build b, CacheSpec from) {
        String what = "--cache-from " + from.raw().strip() + " (line " + from.span().startLine() + ")";
        if (b.engine == Build.Engine.KANIKO) {
            return new Seen(Reach.EVERY_STAGE, what + ", kaniko's cache repository (every RUN layer)");
        }
        if (from.bareRef()) {
            return bareImport(p, b, from, what);
        }
        String type = from.type();
        if ("docker".equals(b.driver) && (type.equals("gha") || type.equals("local"))) {
            return new Seen(Reach.NOTHING, what + " needs a docker-container builder; the default docker driver"
                    + " cannot import it");
        }
        if (type.equals("local")) {
            String src = from.attrs().get("src");
            Step kept = keptBy(b.job, src);
            if (kept == null && b.job.agent().ephemeral()) {
                return new Seen(Reach.NOTHING, what + ": " + src + " is not kept between runs (no cache step keeps"
                        + " it) and " + b.job.agent().what() + " starts empty");
            }
            if (kept != null) {
                Seen lost = neverRestores(b.job, kept);
                if (lost != null) {
                    return new Seen(Reach.NOTHING, what + ": " + lost.says());
                }
            }
            CacheSpec to = writer(p, from);
            if (to == null) {
                return new Seen(Reach.NOTHING, what + ": no build exports a local cache");
            }
            String keeps = kept == null ? "" : ", kept by " + kept.label() + " (line " + kept.span().startLine()
                    + ")";
            return byMode(to, what + keeps);
        }
        CacheSpec to = writer(p, from);
        if (to == null) {
            boolean elsewhere = from.location().contains("${{") || p.source().text().contains("workflow_call");
            return elsewhere ? new Seen(Reach.EVERY_STAGE, what + ", written outside this file: assumed to hold"
                    + " the last run's cache")
                    : new Seen(Reach.NOTHING, what + ": no build in this file exports to " + from.location()
                    + ", so it finds nothing");
        }
        if (type.equals("gha")) {
            Build other = otherImageSameScope(p, b, from.scope());
            if (other != null) {
                return new Seen(Reach.NOTHING, what + ": scope " + from.scope() + " is also written by " + name(other)
                        + ", another image, whose export replaces this one's");
            }
        }
        return byMode(to, what);
    }

    /** An image as the cache source: its layers, when they carry cache metadata (BuildKit) or are pulled (classic). */
    private static Seen bareImport(Pipeline p, Build b, CacheSpec from, String what) {
        String ref = normal(from.raw());
        if (b.engine == Build.Engine.CLASSIC) {
            List<CiRule.Command> before = CiRule.commands(b.job.steps()).stream()
                    .filter(c -> c.fileStart() < b.span.start()).toList();
            if (!ClassicCacheFromWithoutPull.pulled(before, ref) && b.job.agent().ephemeral()) {
                return new Seen(Reach.NOTHING, what + ": the classic builder uses it only when it is on the daemon,"
                        + " and nothing pulls it before the build");
            }
            return new Seen(Reach.FINAL_STAGE, what + ", the last pushed image's layers");
        }
        for (Build o : p.builds()) {
            boolean inline = o.cacheTo.stream().anyMatch(c -> c.type().equals("inline"))
                    || o.arg("BUILDKIT_INLINE_CACHE") != null && "1".equals(o.arg("BUILDKIT_INLINE_CACHE").value()
                    .strip());
            if (inline) {
                return new Seen(Reach.FINAL_STAGE, what + ", an image built with inline cache metadata by "
                        + name(o));
            }
        }
        return new Seen(Reach.FINAL_STAGE, what + ", assumed to hold the last run's image with inline cache"
                + " metadata (no build here writes it: if it has none, every step rebuilds)");
    }

    private static Seen byMode(CacheSpec to, String what) {
        String written = "written by --cache-to " + to.raw().strip() + " (line " + to.span().startLine() + ")";
        if (to.type().equals("inline") || !to.mode().equals("max")) {
            return new Seen(Reach.FINAL_STAGE, what + ", " + written + ", mode=min: the final stage's layers only");
        }
        return new Seen(Reach.EVERY_STAGE, what + ", " + written + ", mode=max: every stage's steps");
    }

    /** The export that writes what {@code from} imports, or null. */
    private static CacheSpec writer(Pipeline p, CacheSpec from) {
        for (Build o : p.builds()) {
            for (CacheSpec to : o.cacheTo) {
                if (!to.type().equals(from.type())) {
                    continue;
                }
                if (from.type().equals("local")) {
                    String src = LocalCacheNotRotated.path(from.attrs().getOrDefault("src", ""));
                    String dest = LocalCacheNotRotated.path(to.attrs().getOrDefault("dest", ""));
                    if (src.equals(dest) || LocalCacheNotRotated.moved(o, to.attrs().getOrDefault("dest", ""))) {
                        return to;
                    }
                } else if (normal(from.location()).equals(normal(to.location()))) {
                    return to;
                }
            }
        }
        return null;
    }

    private static Build otherImageSameScope(Pipeline p, Build b, String scope) {
        for (Build o : p.builds()) {
            if (o == b || Objects.equals(o.dockerfile, b.dockerfile) && Objects.equals(o.target,
                    b.target) && Objects.equals(o.context, b.context)) {
                continue;
            }
            for (CacheSpec to : o.cacheTo) {
                if (to.type().equals("gha") && to.scope().equals(scope)) {
                    return o;
                }
            }
        }
        return null;
    }

    /** The cache step of the job whose path holds {@code dir}, or null. */
    private static Step keptBy(Job job, String dir) {
        if (dir == null) {
            return null;
        }
        String want = LocalCacheNotRotated.path(dir);
        for (Step s : job.steps()) {
            if (!(s.is("Cache") || s.is("CacheBeta") || s.kind().equals("actions/cache")
                    || s.kind().equals("actions/cache/restore"))) {
                continue;
            }
            String path = s.input("path");
            if (path == null) {
                continue;
            }
            for (String line : path.split("\n")) {
                String have = LocalCacheNotRotated.path(line);
                if (!have.isEmpty() && (want.equals(have) || want.startsWith(have + "/"))) {
                    return s;
                }
            }
        }
        return null;
    }

    /** A cache step whose key is new every run with no restore key: it never restores. */
    private static Seen neverRestores(Job job, Step s) {
        boolean azure = s.is("Cache") || s.is("CacheBeta");
        String key = Yaml.str(Yaml.getIgnoreCase(s.inputs(), "key"));
        String restore = s.input(azure ? "restoreKeys" : "restore-keys");
        if (key == null || restore != null && !restore.isBlank()) {
            return null;
        }
        Origin o = PerRun.classify(key, job, s, job.vars());
        return o.perRun() ? new Seen(Reach.NOTHING, "the key of " + s.label() + " (line " + s.span().startLine()
                + ") holds " + o.why() + " and there is no restore key, so it never restores") : null;
    }

    private static String cacheWord(Build b) {
        for (CacheSpec c : b.cacheFrom) {
            if (c.bareRef()) {
                return b.engine == Build.Engine.CLASSIC ? "the --cache-from image" : "the inline cache";
            }
        }
        return "the mode=min cache";
    }

    /** The stages the build runs whose layers are not in the final image (those a min-mode cache leaves out). */
    private static List<Stage> outsideFinalImage(SemanticModel model) {
        Set<Integer> chain = new HashSet<>();
        for (Stage s = model.target(); s != null; s = s.baseStage()) {
            chain.add(s.index());
        }
        List<Stage> out = new ArrayList<>();
        for (Stage s : model.stages()) {
            if (!chain.contains(s.index()) && model.isReachable(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static Set<String> declaredArgs(SemanticModel model) {
        Set<String> out = new HashSet<>();
        for (var i : model.file().instructions()) {
            if (i instanceof Arg a) {
                a.declarations().forEach(d -> out.add(d.name().text()));
            }
        }
        return out;
    }

    private static String name(Build b) {
        return CiRule.name(b);
    }

    private static String normal(String s) {
        return CiRule.normal(s);
    }
}
