package dev.layerlint.rules.ci;

import dev.layerlint.pipeline.Build;
import dev.layerlint.pipeline.CacheSpec;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;
import java.util.Objects;

/**
 * CI008: several images, or the jobs of a matrix, writing the same GitHub
 * Actions cache scope ({@code buildkit} when none is given): each export
 * replaces the others' cache index, so only the last build to finish gets
 * hits. A scope that differs per image (or per matrix entry) fixes it.
 */
public final class SharedGhaScope extends CiRule {
    public static final RuleInfo INFO = new RuleInfo("CI008", "shared-gha-scope",
            "Several images or matrix jobs export their cache to the same gha scope", Severity.WARNING, List.of());

    public SharedGhaScope() {
        super(INFO);
    }

    @Override
    public void check(PipelineContext ctx) {
        List<Build> builds = ctx.pipeline().builds();
        for (Build b : builds) {
            for (CacheSpec to : b.cacheTo) {
                if (!to.type().equals("gha") || to.raw().contains("${{") && to.hasScope()
                        && to.scope().contains("${{")) {
                    continue;
                }
                Build other = other(builds, b, to.scope());
                String scope = to.hasScope() ? "scope " + to.scope() : "the default scope buildkit";
                if (other != null) {
                    ctx.report(to.span(), "cache export " + to.raw().strip() + " of " + name(b) + " writes "
                            + scope + ", and so does " + name(other) + ", which builds another image: each"
                            + " export replaces the other's cache (give each image its own scope=)");
                } else if (b.job.matrix() && !to.scope().contains("matrix.")) {
                    ctx.report(to.span(), "cache export " + to.raw().strip() + " in matrix job " + b.job.name()
                            + " writes " + scope + " from every matrix entry: each entry replaces the others'"
                            + " cache, so only the last to finish gets hits (put a matrix value in scope=)");
                }
            }
        }
    }

    /** Another build that exports to the same gha scope but builds something else. */
    private static Build other(List<Build> builds, Build b, String scope) {
        for (Build o : builds) {
            if (o == b) {
                continue;
            }
            for (CacheSpec to : o.cacheTo) {
                if (to.type().equals("gha") && to.scope().equals(scope) && !(Objects.equals(o.dockerfile,
                        b.dockerfile) && Objects.equals(o.target, b.target) && Objects.equals(o.context, b.context))) {
                    return o;
                }
            }
        }
        return null;
    }
}
