package dev.layerlint.rules.ci;

import dev.layerlint.fix.Fix;
import dev.layerlint.pipeline.Build;
import dev.layerlint.pipeline.CacheSpec;
import dev.layerlint.pipeline.Platform;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;

/**
 * CI006: a cache export (other than inline), or a gha or local cache import,
 * on the default {@code docker} driver: the docker driver does not support
 * them ("Cache export is not supported for the docker driver") unless the
 * daemon uses the containerd image store. The build needs a
 * {@code docker-container} builder ({@code docker/setup-buildx-action}, or
 * {@code docker buildx create --use}) before it.
 */
public final class CacheBackendNeedsContainerDriver extends CiRule {
    public static final RuleInfo INFO = new RuleInfo("CI006", "cache-backend-needs-container-driver",
            "A gha, local or registry cache is used with the default docker driver", Severity.WARNING, List.of()).withFix();

    public CacheBackendNeedsContainerDriver() {
        super(INFO);
    }

    @Override
    public void check(PipelineContext ctx) {
        for (Build b : ctx.pipeline().builds()) {
            if (!"docker".equals(b.driver)) {
                continue;
            }
            String setup = ctx.pipeline().platform() == Platform.GITHUB
                    ? "a docker/setup-buildx-action step before it"
                    : "docker buildx create --use --driver docker-container before it";
            boolean first = true;
            for (CacheSpec to : b.cacheTo) {
                if (!to.type().equals("inline")) {
                    ctx.report(to.span(), "cache export " + to.raw().strip() + " of " + name(b) + " runs on the"
                            + " default docker driver, which does not support cache export (unless the daemon uses"
                            + " the containerd image store): add " + setup, builder(ctx, b, first));
                    first = false;
                }
            }
            for (CacheSpec from : b.cacheFrom) {
                if (from.type().equals("gha") || from.type().equals("local")) {
                    ctx.report(from.span(), "cache import " + from.raw().strip() + " of " + name(b)
                            + " runs on the default docker driver, which does not support the " + from.type()
                            + " cache backend: add " + setup, builder(ctx, b, first));
                    first = false;
                }
            }
        }
    }

    /**
     * A docker-container builder before the build: for a shell build, {@code docker buildx create --use
     * --driver docker-container} on the line before it (unsafe: the builder is new on every run, so the
     * build needs its cache import to be fast); for an action, the setup step as a suggestion. The edit is
     * carried by the build's first finding only, so that two findings do not add two builders.
     */
    private static Fix builder(PipelineContext ctx, Build b, boolean first) {
        String create = "docker buildx create --use --driver docker-container";
        if (YamlEdits.command(b) == null) {
            return Fix.displayOnly(ctx.pipeline().platform() == Platform.GITHUB
                    ? "Add a step before " + b.step.label() + ": uses: docker/setup-buildx-action"
                    : "Add a script step before " + b.step.label() + ": " + create);
        }
        var edit = first ? YamlEdits.lineBefore(ctx.pipeline().source(), b, create) : null;
        return edit == null ? Fix.displayOnly("Create a builder before the build: " + create)
                : Fix.unsafe("Create a builder before the build: " + create, List.of(edit));
    }
}
