package dev.layerlint.rules.cache;

import dev.layerlint.ast.Run;
import dev.layerlint.cache.Step;
import dev.layerlint.fix.Fix;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Reads;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CA010 (info): a RUN records the build time or a random value ({@code date},
 * {@code $RANDOM}, {@code uuidgen}). A RUN's key is its text, so the value
 * is frozen in the cached layer: later builds reuse the old date, not a
 * fresh one.
 */
public final class FrozenBuildTimeValue extends BaseRule {
    public static final RuleInfo INFO = new RuleInfo("CA010", "frozen-build-time-value",
            "A RUN records the build date or a random value, which the cache then freezes", Severity.INFO,
            List.of());

    private static final Pattern SUBSTITUTED = Pattern.compile("\\$\\(\\s*date\\b|`\\s*date\\b|\\$RANDOM|\\$\\{RANDOM}|"
            + "\\$\\(\\s*uuidgen|/proc/sys/kernel/random/uuid");

    public FrozenBuildTimeValue() {
        super(INFO);
    }

    @Override
    public void check(RuleContext ctx) {
        for (Step step : ctx.cache().steps()) {
            if (!(step.instruction() instanceof Run run) || run.mounts().stream()
                    .anyMatch(m -> m.type().equals("bind") && m.option("from") == null)) {
                continue; // a context bind mount puts the sources in the key: the value is not frozen for long
            }
            String text = Reads.runtimeText(run);
            // the regex only where one of its words occurs: most RUNs have none, and a scan of every
            // position of a long script for the alternation is the costly part
            boolean records = (text.contains("$(") || text.contains("`") || text.contains("RANDOM")
                    || text.contains("/proc/sys/kernel/random")) && SUBSTITUTED.matcher(text).find();
            if (!records) {
                for (ShellCommand c : step.script().commands()) {
                    if (c.isProgram("date", "uuidgen") && !c.redirects().isEmpty()) {
                        records = true;
                    }
                }
            }
            if (records) {
                ctx.report(run.keyword().span(), "RUN records the build time or a random value, but its cache key"
                        + " is its text: later builds reuse the layer with the value of the first build",
                        Fix.displayOnly("Pass the value as a build argument declared right above this RUN"
                                + " (e.g. ARG BUILD_DATE), or set SOURCE_DATE_EPOCH for reproducible timestamps"));
            }
        }
    }
}
