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
            boolean records = substitutesTimeOrRandom(Reads.runtimeText(run));
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

    /**
     * {@code $(date}, {@code `date}, {@code $(uuidgen}, {@code $RANDOM}, {@code ${RANDOM}} or the kernel's
     * random UUID file. A scan from each {@code $} and backtick: the same test as an alternation regex, without
     * trying the alternation at every position of a long script.
     */
    static boolean substitutesTimeOrRandom(String text) {
        if (text.contains("/proc/sys/kernel/random/uuid")) {
            return true;
        }
        for (int i = text.indexOf('$'); i >= 0; i = text.indexOf('$', i + 1)) {
            if (text.startsWith("RANDOM", i + 1) && !isWordChar(text, i + 7) || text.startsWith("{RANDOM}", i + 1)) {
                return true;
            }
            if (text.startsWith("(", i + 1)) {
                int c = skipBlanks(text, i + 2);
                if (text.startsWith("date", c) && !isWordChar(text, c + 4) || text.startsWith("uuidgen", c)) {
                    return true;
                }
            }
        }
        for (int i = text.indexOf('`'); i >= 0; i = text.indexOf('`', i + 1)) {
            int c = skipBlanks(text, i + 1);
            if (text.startsWith("date", c) && !isWordChar(text, c + 4)) {
                return true;
            }
        }
        return false;
    }

    private static int skipBlanks(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWordChar(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
