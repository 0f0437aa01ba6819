package dev.layerlint.rules.ci;

import dev.layerlint.pipeline.ExprMatch;
import dev.layerlint.pipeline.Job;
import dev.layerlint.pipeline.Origin;
import dev.layerlint.pipeline.PerRun;
import dev.layerlint.pipeline.Step;
import dev.layerlint.pipeline.Yaml;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * CI011: a pipeline cache (Azure {@code Cache@2}, {@code actions/cache})
 * whose key holds a value that is new every run ({@code github.sha},
 * {@code $(Build.BuildId)}, a date) and that has no restore keys: the key
 * never matches a saved entry, so the cache never restores. A save and
 * restore of the same key in two jobs of one run (an artifact hand-off) is
 * left alone.
 */
public final class CacheKeyNeverRestores extends CiRule {
    public static final RuleInfo INFO = new RuleInfo("CI011", "cache-key-never-restores",
            "A pipeline cache key changes every run and has no restore keys", Severity.WARNING, List.of());

    public CacheKeyNeverRestores() {
        super(INFO);
    }

    @Override
    public void check(PipelineContext ctx) {
        for (Job job : ctx.pipeline().jobs()) {
            for (Step s : job.steps()) {
                boolean azure = s.is("Cache") || s.is("CacheBeta");
                boolean github = s.kind().equals("actions/cache") || s.kind().equals("actions/cache/restore");
                if (!azure && !github || !ctx.pipeline().own(s)) {
                    continue;
                }
                Node key = Yaml.getIgnoreCase(s.inputs(), "key");
                String text = Yaml.str(key);
                if (text == null) {
                    continue;
                }
                String restore = s.input(azure ? "restoreKeys" : "restore-keys");
                if (restore != null && !restore.isBlank()) {
                    continue;
                }
                Origin o = PerRun.classify(text, job, s, job.vars());
                if (!o.perRun() || savedInSameRun(ctx, s, text)) {
                    continue;
                }
                ctx.report(ctx.pipeline().yaml().span(key), "the cache key of " + s.label() + " holds " + o.why()
                        + ", new every run, and there is no " + (azure ? "restoreKeys" : "restore-keys")
                        + ": no saved entry ever matches, so the cache never restores (key on the lock files, and"
                        + " add a restore key without the per-run part)");
            }
        }
    }

    /**
     * A hand-off within one run: the same per-run key is used by a cache step of another job (one job saves,
     * the next restores), so it is meant to restore only within the run. A matrix job's key
     * ({@code image-${{ matrix.arch }}-${{ github.run_id }}}) is the same key as the one entry another job names.
     */
    static boolean savedInSameRun(PipelineContext ctx, Step step, String key) {
        for (Job j : ctx.pipeline().jobs()) {
            if (j.steps().contains(step)) {
                continue;
            }
            for (Step s : j.steps()) {
                String other = s.kind().startsWith("actions/cache") ? s.input("key") : null;
                if (other != null && ExprMatch.mayEqual(key, other, ExprMatch::matrix)) {
                    return true;
                }
            }
        }
        return false;
    }
}
