package dev.layerlint.rules.ci;

import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.pipeline.Build;
import dev.layerlint.pipeline.Platform;
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
            "An image build on an agent that starts cold every run has no cache source", Severity.INFO, List.of()).withFix();

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
            String image = image(b);
            String ref = image == null ? null : image.replaceAll(":[^:/]*$", "") + ":buildcache";
            String registry = ref == null ? "--cache-from and --cache-to type=registry on an image in your registry"
                    : "--cache-from type=registry,ref=" + ref + " --cache-to type=registry,ref=" + ref + ",mode=max";
            String how = switch (ctx.pipeline().platform()) {
                case GITHUB -> b.tool.startsWith("docker/") ? "cache-from: type=gha (with cache-to: type=gha,mode=max)"
                        : "--cache-from type=gha --cache-to type=gha,mode=max";
                case GITLAB -> registry;
                case AZURE -> ref == null
                        ? "--cache-from/--cache-to type=registry, or type=local kept by a Cache@2 step" : registry;
            };
            ctx.report(b.span, b.tool + " runs on " + b.job.agent().what()
                    + ", which starts every run with an empty layer cache, and has no cache source: every run"
                    + " rebuilds every step (add " + how + ")", ghaFix(ctx, b, how));
        }
    }

    /** The image a shell build tags ({@code -t}), or null. */
    private static String image(Build b) {
        CiRule.Command c = YamlEdits.command(b);
        String tag = c == null ? null : c.command().flagValue("-t", "--tag");
        return tag == null || tag.isBlank() ? null : tag;
    }

    /**
     * For docker/build-push-action on a buildx builder, the only build of the file and not in a matrix (where
     * one gha scope would be shared: CI008): cache-from and cache-to type=gha added to its inputs. Unsafe: the
     * first run after it uploads a cache. Otherwise the message's snippet only.
     */
    private static Fix ghaFix(PipelineContext ctx, Build b, String how) {
        String title = "Add " + how;
        if (ctx.pipeline().platform() != Platform.GITHUB || !b.tool.startsWith("docker/build-push-action")
                || "docker".equals(b.driver) || b.job.matrix() || ctx.pipeline().builds().size() != 1
                || b.step.inputs() == null) {
            return Fix.displayOnly(title);
        }
        Edit e = YamlEdits.keysInto(ctx.pipeline(), b.step.inputs(), List.of("cache-from: type=gha",
                "cache-to: type=gha,mode=max"));
        return e == null ? Fix.displayOnly(title) : Fix.unsafe("Add cache-from: type=gha and cache-to:"
                + " type=gha,mode=max", List.of(e));
    }
}
