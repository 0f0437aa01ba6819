package dev.layerlint.rules.ci;

import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.pipeline.Build;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.source.SourceText;
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
            "A pipeline build always runs with --no-cache", Severity.WARNING, List.of()).withFix();

    public NoCacheLeftOn() {
        super(INFO);
    }

    @Override
    public void check(PipelineContext ctx) {
        for (Build b : ctx.pipeline().builds()) {
            if (b.noCache != null) {
                String written = ctx.pipeline().source().slice(b.noCache).strip();
                ctx.report(b.noCache, name(b) + " always runs with " + written
                        + ": every step rebuilds on every run"
                        + (b.cacheFrom.isEmpty() ? "" : " and its cache sources are ignored"), remove(ctx, b, written));
            }
        }
    }

    /**
     * Removes the flag: the {@code --no-cache} word with the blank before it, or the whole {@code no-cache:}
     * input line. Unsafe: a pipeline may mean it (a nightly clean build).
     */
    private static Fix remove(PipelineContext ctx, Build b, String written) {
        SourceText src = ctx.pipeline().source();
        int line = b.noCache.startLine();
        String text = src.line(line).strip();
        String title = "Remove " + written + " (keep a clean build for a scheduled run if it is wanted)";
        if (b.cacheFrom.isEmpty() && b.job.agent().ephemeral()) {
            // without it the build still starts cold (CI001): the flag goes with a cache source
            return Fix.displayOnly("Remove " + written + " and give the build a cache source (it runs on "
                    + b.job.agent().what() + ", which starts cold)");
        }
        if (text.startsWith("no-cache:") && !text.contains("#")) {
            return Fix.unsafe(title, List.of(YamlEdits.deleteLine(src, line)));
        }
        if (written.equals("--no-cache") && b.noCache.start() > 0 && src.text().charAt(b.noCache.start() - 1) == ' ') {
            return Fix.unsafe(title, List.of(Edit.delete(b.noCache.start() - 1, b.noCache.end())));
        }
        return Fix.displayOnly(title);
    }
}
