package dev.layerlint.rules.ci;

import dev.layerlint.pipeline.Build;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;

/**
 * CI001: a build on an agent that starts with an empty layer cache every run
 * (a hosted agent or runner, a fresh Docker-in-Docker daemon, kaniko) and no
 * cache source: every run rebuilds every step. Builds whose cache settings
 * live in another file (bake, compose) or in a variable of flags
 * ({@code $CACHE_ARGS}), and jobs that keep files between runs with a cache
 * step, are left out.
 */
public final class NoCacheSourceOnEphemeralAgent extends CiRule {
    public static final RuleInfo INFO = new RuleInfo("CI001", "no-cache-source-on-ephemeral-agent",
            "An image build on an agent that starts cold every run has no cache source", Severity.INFO, List.of());

    public NoCacheSourceOnEphemeralAgent() {
        super(INFO);
    }

    @Override
    public void check(PipelineContext ctx) {
        for (Build b : ctx.pipeline().builds()) {
            if (!b.job.agent().ephemeral() || !b.cacheFrom.isEmpty() || b.bake || b.noCache != null
                    || b.engine == Build.Engine.REMOTE || b.opaqueFlags
                    || ImageSavedToCache.cacheStep(b.job) != null) {
                continue;
            }
            String how = switch (ctx.pipeline().platform()) {
                case GITHUB -> "cache-from: type=gha (with cache-to: type=gha,mode=max)";
                case GITLAB -> "--cache-from and --cache-to type=registry on an image in your registry";
                case AZURE -> "--cache-from/--cache-to type=registry, or type=local kept by a Cache@2 step";
            };
            ctx.report(b.span, b.tool + " runs on " + b.job.agent().what()
                    + ", which starts every run with an empty layer cache, and has no cache source: every run"
                    + " rebuilds every step (add " + how + ")");
        }
    }
}
