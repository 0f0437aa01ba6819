package dev.layerlint.rules.ci;

import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.pipeline.Build;
import dev.layerlint.pipeline.CacheSpec;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;

/**
 * CI007: a local cache exported into the folder it is imported from (BuildKit
 * adds the new blobs and never removes the old ones, so the folder, and the
 * Cache@2 or actions/cache upload of it, grows every run), or exported to a
 * new folder that no later step moves over the imported one (the next run
 * reads the old cache).
 */
public final class LocalCacheNotRotated extends CiRule {
    public static final RuleInfo INFO = new RuleInfo("CI007", "local-cache-not-rotated",
            "A local build cache is exported over its own import folder, or never moved into it", Severity.WARNING,
            List.of()).withFix();

    public LocalCacheNotRotated() {
        super(INFO);
    }

    @Override
    public void check(PipelineContext ctx) {
        for (Build b : ctx.pipeline().builds()) {
            for (CacheSpec to : b.cacheTo) {
                String dest = to.attrs().get("dest");
                if (!to.type().equals("local") || dest == null) {
                    continue;
                }
                String src = null;
                for (CacheSpec from : b.cacheFrom) {
                    if (from.type().equals("local") && from.attrs().get("src") != null) {
                        src = from.attrs().get("src");
                    }
                }
                if (src == null) {
                    continue; // never imported: CI002
                }
                if (path(src).equals(path(dest))) {
                    String fresh = dest.replaceAll("/*$", "") + "-new";
                    String title = "Export to a new folder and move it after the build: dest=" + fresh + ", then "
                            + "rm -rf " + src + " && mv " + fresh + " " + src;
                    Edit dest2 = YamlEdits.setAttr(ctx.pipeline().source(), to, "dest", fresh);
                    Edit move = moveEdit(ctx, b, src, fresh);
                    ctx.report(to.span(), "cache export " + to.raw().strip() + " writes into " + src + ", the folder"
                            + " it imports from: BuildKit adds each run's blobs and never removes old ones, so the"
                            + " cache grows every run", dest2 == null || move == null ? Fix.displayOnly(title)
                            : Fix.safe(title, List.of(dest2, move)));
                } else if (!moved(b, dest)) {
                    String title = "Add a step after the build: rm -rf " + src + " && mv " + dest + " " + src;
                    Edit move = moveEdit(ctx, b, src, dest);
                    ctx.report(to.span(), "cache export " + to.raw().strip() + " writes " + dest + " but no later"
                            + " step moves it over " + src + ", which the next run imports: the next run reads the"
                            + " old cache", move == null ? Fix.displayOnly(title) : Fix.safe(title, List.of(move)));
                }
            }
        }
    }

    /**
     * The move after the build: a line of the build's own script when a shell command runs it, else a step
     * after the build's step (GitHub: a run step; Azure: a bash step); null when neither can be written.
     */
    private static Edit moveEdit(PipelineContext ctx, Build b, String src, String dest) {
        if (YamlEdits.command(b) != null) {
            return YamlEdits.lineAfter(ctx.pipeline().source(), b, "rm -rf " + src + " && mv " + dest + " " + src);
        }
        List<String> step = switch (ctx.pipeline().platform()) {
            case GITHUB -> List.of("name: Move the build cache", "run: |", "  rm -rf " + src, "  mv " + dest + " "
                    + src);
            case AZURE -> List.of("bash: |", "  rm -rf " + src, "  mv " + dest + " " + src,
                    "displayName: Move the build cache");
            case GITLAB -> null;
        };
        return step == null ? null : YamlEdits.stepAfter(ctx.pipeline(), b.step, step);
    }

    static String path(String p) {
        return normal(p).replaceAll("/+$", "");
    }

    /** A {@code mv DEST ...} (or {@code rsync}/{@code cp -r}) in the build's step or a later step of its job. */
    static boolean moved(Build b, String dest) {
        List<Command> commands = commands(b.job.steps());
        for (Command c : commands) {
            if (c.fileStart() <= b.span.start() || !c.command().isProgram("mv", "rsync", "cp")) {
                continue;
            }
            for (var w : c.command().args()) {
                if (!w.isFlag() && path(w.raw()).equals(path(dest))) {
                    return true;
                }
            }
        }
        return false;
    }
}
