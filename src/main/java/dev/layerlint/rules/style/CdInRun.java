package dev.layerlint.rules.style;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.List;
import java.util.Set;

/**
 * ST002: a RUN that starts by changing directory ({@code RUN cd /src && make}),
 * which WORKDIR says once and for all later steps.
 *
 * <p>Only a {@code cd} that WORKDIR can replace is reported: the first command
 * of the script (after {@code set} options), at its top level (not inside a
 * {@code ( ... )} subshell, an {@code sh -c} string or an {@code if}/{@code
 * while} condition), into a fixed directory (not {@code /}, {@code ..},
 * {@code -}, {@code ~}, scratch space ({@code /tmp}), a command substitution
 * such as {@code $(mktemp -d)} or a string operation such as
 * {@code ${PHP_INI_DIR%/php}})
 * that the same RUN does not delete. A {@code cd} in the middle of a build
 * script, into a source tree the script unpacks and removes, or back out of
 * it before {@code rm -rf}, is part of that script: WORKDIR cannot do it
 * without splitting the RUN (hadolint's DL3003 reports every {@code cd}).
 */
public final class CdInRun extends BaseRule {
    /** Targets that leave a directory rather than choose one. */
    private static final Set<String> LEAVING = Set.of("/", "..", "-", "~", "$HOME", "${HOME}", "$OLDPWD");
    /** Scratch space: a place to download and unpack in, never the directory later steps or the container want. */
    private static final Set<String> SCRATCH = Set.of("/tmp", "/var/tmp");

    public CdInRun() {
        super(new RuleInfo("ST002", "cd-in-run", "A RUN starts by changing directory with cd; use WORKDIR",
                Severity.WARNING, List.of("DL3003")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Scripts.RunScript r : Scripts.of(ctx)) {
            if (r.onbuild() != null) {
                continue;
            }
            List<ShellCommand> commands = r.script().commands();
            int k = 0;
            while (k < commands.size() && commands.get(k).isProgram("set")) {
                k++;
            }
            if (k >= commands.size() || !commands.get(k).isProgram("cd")) {
                continue;
            }
            ShellCommand cd = commands.get(k);
            String dir = target(cd);
            if (dir == null || cd.subshell() > 0 || cd.condition() || removedLater(commands, k, dir)) {
                continue;
            }
            ctx.report(r.span(cd), "this RUN starts with cd " + dir + ", which lasts only until its end; WORKDIR "
                    + dir + " before it sets the directory once for this and every later step (and the container)");
        }
    }

    /** The directory a cd enters, or null when it is not a fixed one WORKDIR could name. */
    private static String target(ShellCommand cd) {
        List<ShellWord> dirs = cd.positionals();
        if (dirs.size() != 1) {
            return null;
        }
        ShellWord w = dirs.get(0);
        String dir = w.value();
        if (dir.isEmpty() || LEAVING.contains(dir) || SCRATCH.contains(strip(dir)) || dir.contains("$(")
                || dir.contains("`") || dir.startsWith("..") || dir.startsWith("~") || operatesOnVariable(dir)) {
            return null;
        }
        return dir;
    }

    /** {@code ${VAR%/php}}, {@code ${VAR#x}}, {@code ${VAR/a/b}}: shell string operations WORKDIR may not expand alike. */
    private static boolean operatesOnVariable(String dir) {
        for (int i = dir.indexOf("${"); i >= 0; i = dir.indexOf("${", i + 2)) {
            int close = dir.indexOf('}', i);
            String inside = dir.substring(i + 2, close < 0 ? dir.length() : close);
            for (char op : new char[] {'%', '#', '/', ':'}) {
                if (inside.indexOf(op) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a later rm in the script deletes the directory or one of its parents. */
    private static boolean removedLater(List<ShellCommand> commands, int from, String dir) {
        String d = strip(dir);
        for (int k = from + 1; k < commands.size(); k++) {
            ShellCommand c = commands.get(k);
            if (!c.isProgram("rm")) {
                continue;
            }
            for (ShellWord w : c.positionals()) {
                String gone = strip(w.value());
                if (!gone.isEmpty() && (d.equals(gone) || d.startsWith(gone + "/"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String strip(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
