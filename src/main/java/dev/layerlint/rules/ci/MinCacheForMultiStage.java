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
            Severity.WARNING, List.of());

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
                        ? Fix.displayOnly("Export a registry cache with mode=max instead of inline")
                        : Fix.displayOnly("Add mode=max: " + to.raw().strip() + (to.attrs().containsKey("mode")
                        ? "" : ",mode=max")));
            }
            BuildArg inlineArg = b.arg("BUILDKIT_INLINE_CACHE");
            if (inlineArg != null && "1".equals(inlineArg.value().strip()) && b.cacheTo.isEmpty()) {
                Span at = inlineArg.span();
                ctx.report(at, "BUILDKIT_INLINE_CACHE=1 keeps the cache of the final stage only (inline is min"
                        + " mode), and " + link.display() + " builds " + describe(builders)
                        + " first: those stages rebuild on every cold run",
                        Fix.displayOnly("Export a registry cache with mode=max"));
            }
        }
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
