package dev.layerlint.pipeline;

import dev.layerlint.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One image build a pipeline runs: which tool, its Dockerfile, context and
 * target as written (null when the file does not say), its build arguments
 * with their origins, cache imports and exports, {@code --no-cache}, the
 * builder it runs on, and the job and step it belongs to. {@code span} is
 * where a finding about the build as a whole points (the command word, the
 * task or the action name).
 */
public final class Build {
    /** Which builder runs the build, as far as caching goes. */
    public enum Engine {
        /** BuildKit through buildx; {@link #driver()} says which driver. */
        BUILDKIT,
        /** The classic builder (DOCKER_BUILDKIT=0, old daemons). */
        CLASSIC,
        /** docker build on a daemon of unknown version: BuildKit since Docker 23, classic before. */
        DOCKER_DEFAULT,
        KANIKO, BUILDAH,
        /** A build service (ACR Tasks): its cache is the service's. */
        REMOTE
    }

    public final Job job;
    public final Step step;
    public final String tool;
    public final Span span;
    public Engine engine = Engine.DOCKER_DEFAULT;
    /** {@code docker} (the default builder), {@code docker-container}, {@code kubernetes}, {@code remote}, or null when not buildx. */
    public String driver;
    public String dockerfile;
    public Span dockerfileSpan;
    public String context;
    public String target;
    public final List<BuildArg> args = new ArrayList<>();
    /** The images a command-line build tags ({@code -t}, {@code --tag}), as written. */
    public final List<String> tags = new ArrayList<>();
    public final List<CacheSpec> cacheFrom = new ArrayList<>();
    public final List<CacheSpec> cacheTo = new ArrayList<>();
    public Span noCache;
    /** An {@code arguments:} input the task ignores (Docker@2 buildAndPush), or null. */
    public Span ignoredArguments;
    /** An unquoted word that is only a variable ({@code $CACHE_ARGS}) among the flags: it may hold more flags. */
    public boolean opaqueFlags;
    /** True for bake: the Dockerfile and most settings live in a bake file the pipeline names. */
    public boolean bake;

    public Build(Job job, Step step, String tool, Span span) {
        this.job = job;
        this.step = step;
        this.tool = tool;
        this.span = span;
    }

    public boolean exportsCache() {
        return !cacheTo.isEmpty() || args.stream().anyMatch(a -> a.name().equals("BUILDKIT_INLINE_CACHE")
                && "1".equals(a.value().strip()));
    }

    public BuildArg arg(String name) {
        for (BuildArg a : args) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return tool + " file=" + dockerfile + " context=" + context + " target=" + target + " args=" + args.size()
                + " from=" + cacheFrom.size() + " to=" + cacheTo.size() + " engine=" + engine + " driver=" + driver;
    }
}
