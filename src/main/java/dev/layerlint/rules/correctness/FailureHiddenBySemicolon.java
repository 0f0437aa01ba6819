package dev.layerlint.rules.correctness;

import dev.layerlint.ast.ExecForm;
import dev.layerlint.ast.Shell;
import dev.layerlint.ast.Word;
import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.rules.Stages;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.List;
import java.util.Set;

/**
 * BU031: a package install, update or upgrade followed by {@code ;} (or a
 * line break) and another command, in a shell without {@code -e}: the RUN's
 * status is the last command's, so a failed {@code yum update} or
 * {@code apt-get install} goes unnoticed and the image is built without the
 * packages. Not reported under {@code set -e} (or a SHELL with {@code -e}),
 * nor for a command that is an {@code if}/{@code while} condition.
 */
public final class FailureHiddenBySemicolon extends BaseRule {
    private static final Set<String> CONDITIONS = Set.of("if", "elif", "while", "until", "!");

    public FailureHiddenBySemicolon() {
        super(new RuleInfo("BU031", "failure-hidden-by-semicolon",
                "A package install is followed by ; so its failure is ignored and the RUN still succeeds",
                Severity.WARNING, List.of()).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Scripts.RunScript r : Scripts.of(ctx)) {
            if (errexitShell(ctx, r)) {
                continue;
            }
            List<ShellCommand> cs = r.script().commands();
            boolean errexit = false;
            for (int k = 0; k + 1 < cs.size(); k++) {
                ShellCommand c = cs.get(k);
                if (c.isProgram("set") && c.args().stream().anyMatch(a -> setsErrexit(a.value()))) {
                    errexit = true;
                }
                if (errexit) {
                    break;
                }
                ShellCommand next = cs.get(k + 1);
                // an index update (apt-get update) is left alone: when it fails, the install after it fails too
                Ecosystem e = Ecosystem.installing(c) != null ? Ecosystem.installing(c) : Ecosystem.upgrading(c);
                if (e == null || Ecosystem.updatingIndex(c) != null || !e.isSystemPackageManager() || !next.connector().equals(";")
                        || next.start() < c.end() || isCondition(r.script().text(), c)) {
                    continue;
                }
                String what = c.program() + " " + Ecosystem.subcommand(c, e);
                ctx.report(r.span(c), "`" + what + "` is followed by ; (or a line break): the RUN's status is that"
                        + " of its last command, so if " + what + " fails the step still succeeds and the image is"
                        + " built without it; join with && (or start the script with set -e)");
            }
        }
    }

    private static boolean setsErrexit(String v) {
        return v.equals("errexit") || v.startsWith("-") && !v.startsWith("--") && v.indexOf('e') > 0;
    }

    /** A SHELL in force whose flags include -e ({@code ["/bin/bash", "-eo", "pipefail", "-c"]}). */
    private static boolean errexitShell(RuleContext ctx, Scripts.RunScript r) {
        Shell shell = Stages.shellBefore(ctx, r.instruction());
        if (shell == null || !(shell.command() instanceof ExecForm exec)) {
            return false;
        }
        for (Word w : exec.arguments()) {
            if (setsErrexit(w.text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the command is the condition of an if, elif, while or until (its status is read, not lost). */
    private static boolean isCondition(String text, ShellCommand c) {
        List<ShellWord> words = c.words();
        int at = Math.min(c.start(), words.isEmpty() ? c.start() : words.get(0).start());
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1)) && ";&|(".indexOf(text.charAt(begin - 1)) < 0) {
            begin--;
        }
        return end <= text.length() && CONDITIONS.contains(text.substring(begin, end));
    }
}
