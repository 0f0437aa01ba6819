package dev.layerlint.rules.ci;

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
            "A gha, local or registry cache is used with the default docker driver", Severity.WARNING, List.of());

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
            for (CacheSpec to : b.cacheTo) {
                if (!to.type().equals("inline")) {
                    ctx.report(to.span(), "cache export " + to.raw().strip() + " of " + name(b) + " runs on the"
                            + " default docker driver, which does not support cache export (unless the daemon uses"
                            + " the containerd image store): add " + setup);
                }
            }
            for (CacheSpec from : b.cacheFrom) {
                if (from.type().equals("gha") || from.type().equals("local")) {
                    ctx.report(from.span(), "cache import " + from.raw().strip() + " of " + name(b)
                            + " runs on the default docker driver, which does not support the " + from.type()
                            + " cache backend: add " + setup);
                }
            }
        }
    }
}
