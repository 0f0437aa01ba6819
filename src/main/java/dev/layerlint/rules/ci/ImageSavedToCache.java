package dev.layerlint.rules.ci;

import dev.layerlint.fix.Fix;
import dev.layerlint.pipeline.Job;
import dev.layerlint.pipeline.PerRun;
import dev.layerlint.pipeline.Step;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.shell.ShellWord;
import java.util.List;

/**
 * CI010: a job that keeps images between runs with {@code docker save} /
 * {@code docker load} through a pipeline cache (Azure {@code Cache@2},
 * {@code actions/cache}): the tarball holds whole images, its upload and
 * load often cost more than the rebuild, and a loaded image is not a
 * BuildKit cache source. A buildx cache export ({@code --cache-to
 * type=local|gha|registry,mode=max}) keeps only what the next build reuses.
 */
public final class ImageSavedToCache extends CiRule {
    public static final RuleInfo INFO = new RuleInfo("CI010", "image-saved-to-cache",
            "Images are kept between runs with docker save/load through a pipeline cache", Severity.WARNING,
            List.of());

    public ImageSavedToCache() {
        super(INFO);
    }

    @Override
    public void check(PipelineContext ctx) {
        for (Job job : ctx.pipeline().jobs()) {
            Step cache = cacheStep(job);
            if (cache == null || handOff(ctx, job, cache)) {
                continue;
            }
            for (Command c : commands(job.steps())) {
                if (!c.command().isProgram("docker") || !ctx.pipeline().own(c.step())) {
                    continue;
                }
                List<ShellWord> args = c.command().args();
                String sub = args.isEmpty() ? "" : args.get(0).value();
                if (sub.equals("image") && args.size() > 1) {
                    sub = args.get(1).value();
                }
                if (!sub.equals("save") && !sub.equals("load")) {
                    continue;
                }
                ShellWord first = c.command().effectiveWords().get(0);
                ShellWord last = args.get(0).value().equals("image") ? args.get(1) : args.get(0);
                ctx.report(c.text().span(first.start(), last.end()), "docker " + sub + " with " + cache.label()
                        + " (line " + cache.span().startLine() + ") keeps whole images as a tarball: saving, uploading"
                        + " and loading it often costs more than the rebuild, and a loaded image is not a BuildKit"
                        + " cache source", Fix.displayOnly(instead(cache)));
            }
        }
    }

    /** The buildx cache export that replaces the tarball, in the folder the cache step keeps. */
    private static String instead(Step cache) {
        String path = cache.input("path");
        String dir = path == null || path.isBlank() || path.strip().contains("\n") ? "DIR" : path.strip();
        String fresh = dir.replaceAll("/+$", "") + "-new";
        return "Export the build cache instead: --cache-from type=local,src=" + dir + " --cache-to type=local,dest="
                + fresh + ",mode=max on a docker-container builder, then rm -rf " + dir + " && mv " + fresh + " "
                + dir + "; " + dir + " stays kept by " + cache.label();
    }

    /** A cache keyed per run and shared with another job: images handed between the jobs of one run. */
    private static boolean handOff(PipelineContext ctx, Job job, Step cache) {
        String key = cache.input("key");
        return key != null && PerRun.classify(key, job, cache, job.vars()).perRun()
                && CacheKeyNeverRestores.savedInSameRun(ctx, cache, key);
    }

    static Step cacheStep(Job job) {
        for (Step s : job.steps()) {
            if (s.is("Cache") || s.is("CacheBeta") || s.kind().equals("actions/cache")
                    || s.kind().equals("actions/cache/save") || s.kind().equals("actions/cache/restore")) {
                return s;
            }
        }
        return null;
    }
}
