package dev.layerlint.rules.ci;

import dev.layerlint.fix.Fix;
import dev.layerlint.model.Stage;
import dev.layerlint.pipeline.Build;
import dev.layerlint.pipeline.BuildArg;
import dev.layerlint.pipeline.CacheSpec;
import dev.layerlint.pipeline.DockerfileLink;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * CI003: the cache of a multi-stage image exported in {@code min} mode (the
 * default of every cache backend) or inline (which is min only): only the
 * layers of the final image are kept, so the builder stages rebuild on every
 * run that starts cold. Needs the Dockerfile the build builds; also reports
 * {@code type=inline} with {@code mode=max}, which inline does not support.
 */
public final class MinCacheForMultiStage extends CiRule {
    public static final RuleInfo INFO = new RuleInfo("CI003", "min-cache-for-multi-stage",
            "The cache of a multi-stage image is exported in min mode or inline, without the builder stages",
            Severity.WARNING, List.of()).withFix();

    public MinCacheForMultiStage() {
        super(INFO);
    }

    @Override
    public void check(PipelineContext ctx) {
        for (Build b : ctx.pipeline().builds()) {
            for (CacheSpec to : b.cacheTo) {
                if (to.type().equals("inline") && to.attrs().containsKey("mode") && to.mode().equals("max")) {
                    ctx.report(to.span(), "cache export " + to.raw().strip() + ": the inline cache supports only"
                            + " mode=min, so mode=max is ignored and the builder stages are not cached (use"
                            + " type=registry with its own ref and mode=max)");
                    continue;
                }
            }
            DockerfileLink link = ctx.dockerfile(b);
            if (link == null) {
                continue;
            }
            List<String> builders = builderStages(link, b.target);
            if (builders.isEmpty()) {
                continue;
            }
            for (CacheSpec to : b.cacheTo) {
                boolean inline = to.type().equals("inline");
                if (!inline && to.mode().equals("max")) {
                    continue;
                }
                String what = inline ? "inline cache (min mode only)" : to.attrs().containsKey("mode")
                        ? "mode=min" : "mode=min (the default)";
                ctx.report(to.span(), "cache export " + to.raw().strip() + " is " + what + ", which keeps the layers"
                        + " of the final stage only, and " + link.display() + " builds " + describe(builders)
                        + " first: those stages rebuild on every cold run", inline
                        ? Fix.displayOnly(registrySnippet(ctx, b)) : modeMax(ctx, to));
            }
            BuildArg inlineArg = b.arg("BUILDKIT_INLINE_CACHE");
            if (inlineArg != null && "1".equals(inlineArg.value().strip()) && b.cacheTo.isEmpty()) {
                Span at = inlineArg.span();
                ctx.report(at, "BUILDKIT_INLINE_CACHE=1 keeps the cache of the final stage only (inline is min"
                        + " mode), and " + link.display() + " builds " + describe(builders)
                        + " first: those stages rebuild on every cold run",
                        Fix.displayOnly(registrySnippet(ctx, b)));
            }
        }
    }

    /** Sets mode=max in the export where it is written; a suggestion when the file does not hold it as written. */
    private static Fix modeMax(PipelineContext ctx, CacheSpec to) {
        String title = "Add mode=max: " + to.raw().strip().replaceAll(",?\\s*mode\\s*=\\s*min", "") + ",mode=max";
        var edit = YamlEdits.setAttr(ctx.pipeline().source(), to, "mode", "max");
        return edit == null ? Fix.displayOnly(title) : Fix.safe(title, List.of(edit));
    }

    /**
     * The registry cache that keeps every stage, for this build's platform and image: the ref is the image
     * the build reads its cache from (or its inline cache image), with a {@code buildcache} tag.
     */
    static String registrySnippet(PipelineContext ctx, Build b) {
        String image = null;
        for (CacheSpec c : b.cacheFrom) {
            if (c.bareRef() || c.type().equals("registry")) {
                image = c.location();
                break;
            }
        }
        String ref = image == null ? "IMAGE:buildcache" : image.replaceAll(":[^:/]*$", "") + ":buildcache";
        String flags = "--cache-from type=registry,ref=" + ref + " --cache-to type=registry,ref=" + ref + ",mode=max";
        return switch (ctx.pipeline().platform()) {
            case GITHUB -> b.tool.startsWith("docker/") ? "Export a registry cache with mode=max instead of inline: "
                    + "cache-from: type=registry,ref=" + ref + " and cache-to: type=registry,ref=" + ref + ",mode=max"
                    : "Export a registry cache with mode=max instead of inline: " + flags;
            case GITLAB, AZURE -> "Export a registry cache with mode=max instead of inline (on a docker-container"
                    + " builder: docker buildx create --use --driver docker-container): " + flags;
        };
    }

    /** The stages other than the final one that the build runs (those a min-mode cache leaves out). */
    static List<String> builderStages(DockerfileLink link, String target) {
        List<Stage> stages = link.model().stages();
        Stage last = link.model().target();
        List<String> out = new ArrayList<>();
        for (Stage s : stages) {
            if (s != last && link.model().isReachable(s)) {
                out.add(s.label());
            }
        }
        return out;
    }

    private static String describe(List<String> stages) {
        return stages.size() == 1 ? "stage " + stages.get(0) : stages.size() + " stages (" + String.join(", ", stages) + ")";
    }
}
