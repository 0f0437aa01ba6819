package dev.layerlint.rules.correctness;

import dev.layerlint.ast.ExecForm;
import dev.layerlint.ast.Shell;
import dev.layerlint.ast.Word;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.rules.Stages;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * BU013: a RUN pipes commands while the shell has no {@code -o pipefail}: a
 * failing download in {@code curl ... | tar x} is hidden, the step succeeds
 * and is cached with a broken result.
 */
public final class PipeWithoutPipefail extends BaseRule {
    private static final Pattern SET_FLAGS_ENDING_IN_O = Pattern.compile("-[a-z]*o");

    private static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "zsh", "ash", "ksh", "mksh", "sh", "dash", "busybox");

    public PipeWithoutPipefail() {
        super(new RuleInfo("BU013", "pipe-without-pipefail",
                "A RUN uses a pipe while the shell lacks -o pipefail, so a failing command before the pipe is hidden",
                Severity.WARNING, List.of("DL4006")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Scripts.RunScript r : Scripts.of(ctx)) {
            if (r.onbuild() != null || !r.script().hasPipe() || r.run().command() instanceof ExecForm) {
                continue;
            }
            Boolean pipefail = shellPipefail(Stages.shellBefore(ctx, r.run()));
            if (pipefail == null || pipefail || setsPipefail(r.script().commands())) {
                continue;
            }
            ShellCommand piped = firstRiskyPipe(r.script().commands());
            if (piped == null) {
                continue;
            }
            ctx.report(r.span(piped), "the exit status of a pipe is its last command's: if the command before `|`"
                    + " fails, the RUN still succeeds and its broken result is cached; add SHELL [\"/bin/bash\", \"-o\","
                    + " \"pipefail\", \"-c\"] before this RUN (or start the script with set -o pipefail)");
        }
    }

    /** True if the SHELL in force has -o pipefail, false if not, null if the shell is not POSIX-like. */
    private static Boolean shellPipefail(Shell current) {
        if (current == null) {
            return false;
        }
        if (!(current.command() instanceof ExecForm exec) || exec.arguments().isEmpty()) {
            return null;
        }
        String prog = exec.arguments().get(0).text();
        prog = prog.substring(prog.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (!PIPEFAIL_SHELLS.contains(prog)) {
            return null;
        }
        List<Word> args = exec.arguments();
        for (int k = 1; k < args.size(); k++) {
            String a = args.get(k).text();
            if (a.equals("-o") && k + 1 < args.size() && args.get(k + 1).text().equals("pipefail")
                    || a.equals("-opipefail") || SET_FLAGS_ENDING_IN_O.matcher(a).matches() && k + 1 < args.size()
                    && args.get(k + 1).text().equals("pipefail")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first command after a pipe whose left side can fail. A pipeline fed
     * only by echo, printf or yes cannot hide a failure, so it is not reported
     * (hadolint's DL4006 reports every pipe).
     */
    private static ShellCommand firstRiskyPipe(List<ShellCommand> commands) {
        for (int k = 1; k < commands.size(); k++) {
            if (!commands.get(k).connector().equals("|")) {
                continue;
            }
            int start = k - 1;
            while (start > 0 && commands.get(start).connector().equals("|")) {
                start--;
            }
            for (int m = start; m < k; m++) {
                if (!commands.get(m).isProgram("echo", "printf", "yes", "true")) {
                    return commands.get(k);
                }
            }
        }
        return null;
    }

    private static boolean setsPipefail(List<ShellCommand> commands) {
        for (ShellCommand c : commands) {
            if (c.connector().equals("|")) {
                return false;
            }
            if (c.isProgram("set") && c.toString().contains("pipefail")) {
                return true;
            }
        }
        return false;
    }
}
