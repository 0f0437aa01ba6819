package dev.layerlint.rules.cache;

import dev.layerlint.ast.Run;
import dev.layerlint.cache.Step;
import dev.layerlint.fix.Fix;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Vars;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CA010 (info): a RUN stores the build time or a random value in the image
 * ({@code date > /build-date}, {@code echo $RANDOM > /seed}, a directory named
 * {@code $(date +%s)}). A RUN's key is its text, so the value is frozen in
 * the cached layer: later builds reuse the old date, not a fresh one. Read
 * through the shell reader: a value only compared ({@code [ "$(date +%s)" -gt
 * "$deadline" ]}), only printed to the build log, or written literally inside
 * single quotes ({@code echo 'echo $RANDOM' > /run.sh}, evaluated when the
 * image runs) stores nothing.
 */
public final class FrozenBuildTimeValue extends BaseRule {
    public static final RuleInfo INFO = new RuleInfo("CA010", "frozen-build-time-value",
            "A RUN records the build date or a random value, which the cache then freezes", Severity.INFO,
            List.of());

    /** Programs that only test their arguments. */
    private static final Set<String> TESTS = Set.of("[", "[[", "test", "expr");
    /** Programs that print their arguments (stored only when the output goes to a file). */
    private static final Set<String> PRINTERS = Set.of("echo", "printf", "date", "uuidgen", "cat", "logger", ":",
            "true", "sleep");

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
            if (step.script().isPosix() && stores(step.script().commands())) {
                ctx.report(run.keyword().span(), "RUN records the build time or a random value, but its cache key"
                        + " is its text: later builds reuse the layer with the value of the first build",
                        Fix.displayOnly("Pass the value as a build argument declared right above this RUN"
                                + " (e.g. ARG BUILD_DATE), or set SOURCE_DATE_EPOCH for reproducible timestamps"));
            }
        }
    }

    /** Whether some command of the script writes a time or random value into the image. */
    static boolean stores(List<ShellCommand> commands) {
        Set<String> carriers = new HashSet<>(); // shell variables holding such a value
        for (int i = 0; i < commands.size(); i++) {
            ShellCommand c = commands.get(i);
            if (c.words().isEmpty()) {
                for (ShellWord a : c.assignments()) {
                    if (carries(a, carriers)) {
                        carriers.add(name(a));
                    }
                }
                continue;
            }
            if (c.isProgram("export", "declare", "local", "readonly", "typeset")) {
                for (ShellWord a : c.args()) {
                    if (a.value().indexOf('=') > 0 && carries(a, carriers)) {
                        if (c.isProgram("export")) {
                            return true; // handed to every later program, which may write it anywhere
                        }
                        carriers.add(name(a));
                    }
                }
                continue;
            }
            boolean produces = c.isProgram("date", "uuidgen");
            for (ShellWord w : c.effectiveWords()) {
                produces |= carries(w, carriers);
            }
            for (ShellWord a : c.assignments()) {
                produces |= carries(a, carriers);
            }
            boolean redirectNamed = false;
            for (ShellWord r : c.redirects()) {
                redirectNamed |= carries(r, carriers) && writesFile(r);
            }
            if (redirectNamed) {
                return true; // a file named after the date
            }
            if (!produces || TESTS.contains(c.program())) {
                continue;
            }
            if (!PRINTERS.contains(c.program())) {
                return true; // mkdir /backup-$(date +%s), tar -czf out-$RANDOM.tgz, ...
            }
            if (c.redirects().stream().anyMatch(FrozenBuildTimeValue::writesFile)) {
                return true; // date > /build-date.txt
            }
            if (i + 1 < commands.size() && commands.get(i + 1).connector().equals("|")
                    && commands.get(i + 1).isProgram("tee") && !commands.get(i + 1).positionals("-a").isEmpty()) {
                return true; // echo $(date) | tee /build-date
            }
        }
        return false;
    }

    private static String name(ShellWord assignment) {
        return assignment.value().substring(0, assignment.value().indexOf('='));
    }

    /** An output redirection to a file ({@code >}, {@code >>}), not to a descriptor or /dev/null. */
    private static boolean writesFile(ShellWord redirect) {
        String raw = redirect.raw();
        int gt = raw.indexOf('>');
        if (gt < 0 || raw.startsWith(">&", gt) && !raw.startsWith(">&>", gt)) {
            return false;
        }
        String target = redirect.value();
        return !target.isEmpty() && !target.startsWith("/dev/") && !target.startsWith("&");
    }

    /** Whether a word, as the shell expands it, holds the time, a random value or a variable that does. */
    private static boolean carries(ShellWord w, Set<String> carriers) {
        String expanded = outsideSingleQuotes(w.raw());
        if (substitutesTimeOrRandom(expanded)) {
            return true;
        }
        if (!carriers.isEmpty()) {
            for (String ref : Vars.referenced(expanded)) {
                if (carriers.contains(ref)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The raw word with single-quoted parts (literal text the shell does not expand) blanked out. */
    static String outsideSingleQuotes(String raw) {
        if (raw.indexOf('\'') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && !single && i + 1 < raw.length()) {
                out.append(c).append(raw.charAt(++i));
                continue;
            }
            if (c == '\'' && !dbl) {
                single = !single;
                out.append(' ');
                continue;
            }
            if (c == '"' && !single) {
                dbl = !dbl;
            }
            out.append(single ? ' ' : c);
        }
        return out.toString();
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
            if (i > 0 && text.charAt(i - 1) == '\\') {
                continue; // \$RANDOM is a literal
            }
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
