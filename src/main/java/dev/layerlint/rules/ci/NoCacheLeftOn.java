package dev.layerlint.rules.ci;

import dev.layerlint.pipeline.Build;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;

/**
 * CI012: {@code --no-cache} (or {@code no-cache: true}) written into a build
 * that runs on every pipeline run: every step rebuilds every time and any
 * cache source is ignored. A flag that a variable switches on
 * ({@code ${NO_CACHE:+--no-cache}}) is a decision, not a leftover, and is not
 * reported.
 */
public final class NoCacheLeftOn extends CiRule {
    public static final RuleInfo INFO = new RuleInfo("CI012", "no-cache-left-on",
            "A pipeline build always runs with --no-cache", Severity.WARNING, List.of());

    public NoCacheLeftOn() {
        super(INFO);
    }

    @Override
    public void check(PipelineContext ctx) {
        for (Build b : ctx.pipeline().builds()) {
            if (b.noCache != null) {
                ctx.report(b.noCache, name(b) + " always runs with "
                        + ctx.pipeline().source().slice(b.noCache).strip() + ": every step rebuilds on every run"
                        + (b.cacheFrom.isEmpty() ? "" : " and its cache sources are ignored"));
            }
        }
    }
}
