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
import dev.layerlint.shell.ShellWord;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * BU013: a RUN pipes commands while the shell has no {@code -o pipefail}: a
 * failing command in {@code find ... | sort > list} is hidden, the step succeeds
 * and is cached with a broken result.
 */
public final class PipeWithoutPipefail extends BaseRule {
    private static final Pattern SET_FLAGS_ENDING_IN_O = Pattern.compile("-[a-z]*o");

    private static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "zsh", "ash", "ksh", "mksh", "sh", "dash", "busybox");

    /**
     * Commands that fail when run with no operand ({@code rm: missing operand},
     * {@code apt-mark}'s "No packages found"), as {@code xargs} runs them on an
     * empty stream; {@code rm -f} with no operand succeeds.
     */
    private static final Set<String> NEEDS_OPERAND = Set.of("rm", "rmdir", "chmod", "chown", "chgrp", "mv", "cp",
            "ln", "mkdir", "touch", "apt-mark");

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
            List<ShellCommand> pipe = firstRiskyPipe(r.script().commands());
            if (pipe == null) {
                continue;
            }
            String hidden = pipe.get(0).program();
            ShellCommand lastCommand = pipe.get(pipe.size() - 1);
            // the last command as written: the pipe's status is xargs's in "| xargs rm", not rm's
            String last = lastCommand.words().isEmpty() ? lastCommand.program()
                    : lastCommand.words().get(0).value().substring(lastCommand.words().get(0).value().lastIndexOf('/') + 1);
            String shell = Stages.busyboxShell(ctx, r.stage()) ? "/bin/ash" : "/bin/bash";
            ctx.report(r.span(pipe.get(1)), "if " + hidden + " fails, this pipe's exit status is still " + last
                    + "'s (a pipe reports its last command), so the failure goes unseen unless " + last
                    + " fails too; add SHELL [\"" + shell + "\", \"-o\", \"pipefail\", \"-c\"] before this RUN (or start"
                    + " the script with set -o pipefail)");
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
     * The first pipeline whose hidden failure matters: from the first command
     * that can fail unseen to the pipeline's last command. Not reported
     * (hadolint's DL4006 reports every pipe): a pipeline fed only by echo,
     * printf or yes (they cannot fail), a pipeline that is an {@code if} or
     * {@code while} condition (its status picks a branch, it does not pass a
     * broken result on), and one whose last command fails on an empty or cut
     * stream (see {@link #failsOnEmptyStream}).
     */
    private static List<ShellCommand> firstRiskyPipe(List<ShellCommand> commands) {
        int k = 1;
        while (k < commands.size()) {
            if (!commands.get(k).connector().equals("|")) {
                k++;
                continue;
            }
            int start = k - 1;
            int end = k;
            while (end + 1 < commands.size() && commands.get(end + 1).connector().equals("|")) {
                end++;
            }
            List<ShellCommand> pipe = commands.subList(start, end + 1);
            k = end + 1;
            if (pipe.stream().anyMatch(ShellCommand::condition) || failsOnEmptyStream(pipe.get(pipe.size() - 1))) {
                continue;
            }
            for (int m = 0; m < pipe.size() - 1; m++) {
                if (!pipe.get(m).isProgram("echo", "printf", "yes", "true")) {
                    return pipe.subList(m, pipe.size());
                }
            }
        }
        return null;
    }

    /**
     * A last command that fails when the stream it reads is empty or cut
     * short, so a failure before the pipe surfaces anyway: a checksum check
     * ({@code sha256sum -c -}), a key import ({@code apt-key add -}, {@code gpg
     * --import}), an archive extraction ({@code tar x}, {@code gunzip}),
     * {@code grep} (no line selected is exit status 1), and {@code xargs}
     * without {@code -r} running a command that needs an operand (see
     * {@link #xargsRunsEmpty}).
     */
    private static boolean failsOnEmptyStream(ShellCommand c) {
        String p = c.program();
        if (xargsRunsEmpty(c)) {
            return NEEDS_OPERAND.contains(p) && !(p.equals("rm") && c.hasFlag("-f", "--force"));
        }
        if (p.endsWith("sum") && (p.startsWith("sha") || p.startsWith("md5") || p.startsWith("b2"))) {
            return c.hasFlag("-c", "--check");
        }
        return switch (p) {
            case "apt-key" -> c.subcommand().equals("add");
            case "gpg", "gpg2" -> c.hasFlag("--import", "--verify");
            case "tar", "bsdtar" -> c.hasFlag("-x", "--extract") || !c.args().isEmpty()
                    && !c.args().get(0).isFlag() && c.args().get(0).value().contains("x");
            case "gunzip", "unxz", "bunzip2", "unzstd", "zcat", "xzcat" -> true;
            case "gzip", "xz", "bzip2", "zstd" -> c.hasFlag("-d", "--decompress");
            case "grep", "egrep", "fgrep" -> true;
            default -> false;
        };
    }

    /**
     * Whether the command is {@code xargs} that runs its command even on an
     * empty stream: GNU and BusyBox xargs run it once with no arguments unless
     * given {@code -r} ({@code --no-run-if-empty}) or {@code -I}/{@code -i}
     * (a replacement runs once per line, so never on none).
     */
    private static boolean xargsRunsEmpty(ShellCommand c) {
        List<ShellWord> wrappers = c.wrapperWords();
        int x = -1;
        for (int k = 0; k < wrappers.size(); k++) {
            String w = wrappers.get(k).value();
            if (w.equals("xargs") || w.endsWith("/xargs")) {
                x = k;
            }
        }
        if (x < 0) {
            return false;
        }
        for (ShellWord w : wrappers.subList(x + 1, wrappers.size())) {
            String v = w.value();
            if (v.equals("--no-run-if-empty") || v.startsWith("--replace") || v.startsWith("-I")
                    || v.startsWith("-i") || v.startsWith("-") && !v.startsWith("--") && v.indexOf('r') > 0
                    && v.substring(1).chars().allMatch(Character::isLetterOrDigit)) {
                return false; // -r alone or in a group (-rt, -0r)
            }
        }
        return true;
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
