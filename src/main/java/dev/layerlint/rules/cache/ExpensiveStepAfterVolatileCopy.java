package dev.layerlint.rules.cache;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Expose;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Label;
import dev.layerlint.ast.Run;
import dev.layerlint.ast.Word;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.Ecosystem;
import dev.layerlint.cache.Step;
import dev.layerlint.fix.Fix;
import dev.layerlint.model.Stage;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Moves;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CA008: an expensive RUN that reads nothing the preceding whole-context
 * COPY brought in (system packages, downloads to absolute paths, user
 * creation) runs after it, so every source edit reruns it. Only commands
 * known not to read the working directory count, so a RUN that might read
 * the sources is never reported.
 */
public final class ExpensiveStepAfterVolatileCopy extends BaseRule {
    public static final RuleInfo INFO = new RuleInfo("CA008", "expensive-step-after-volatile-copy",
            "An expensive RUN that does not need the sources runs after a COPY of the whole context",
            Severity.WARNING, List.of()).withFix();

    private static final Set<String> CONTEXT_FREE = Set.of("useradd", "adduser", "groupadd", "addgroup", "usermod",
            "ln", "update-ca-certificates", "locale-gen", "ldconfig", "true", "echo", "set", "export", "apt-key",
            "gpg", "tar", "unzip", "chmod", "chown", "mkdir", "rm", "sha256sum", "dpkg", "install");

    public ExpensiveStepAfterVolatileCopy() {
        super(INFO);
    }

    @Override
    public void check(RuleContext ctx) {
        CacheModel cache = ctx.cache();
        SourceCopies copies = new SourceCopies(ctx.model(), cache, ctx.buildContext());
        Map<Stage, Instruction> copiedAtEnd = new IdentityHashMap<>();
        for (Stage stage : ctx.model().stages()) {
            List<Instruction> body = stage.instructions();
            // a stage built on a stage that copied the sources starts from that copy: every edit rebuilds it too
            Instruction copy = stage.baseStage() == null ? null : copiedAtEnd.get(stage.baseStage());
            boolean inherited = copy != null;
            int copyIndex = -1;
            for (int k = 0; k < body.size(); k++) {
                Instruction i = body.get(k);
                if (copy == null && copies.copiesSources(body, k)) {
                    copy = i;
                    copyIndex = k;
                    continue;
                }
                if (copy == null || !(i instanceof Run run)) {
                    continue;
                }
                Step step = cache.step(run);
                if (!step.isExpensive() || !contextFree(step) || !run.mounts().isEmpty()) {
                    continue;
                }
                String copied = copy.keyword().name() + (cache.sources(copy).contains(".") ? " of the whole context"
                        : " " + sourceText(copy)) + " (line " + copy.span().startLine()
                        + (inherited ? ", stage " + ctx.model().stageOf(copy).label() : "") + ")";
                ctx.report(run.keyword().span(), "RUN " + step.costReason().strip() + " (line "
                        + run.span().startLine() + ") reads nothing that " + copied + " brings in, yet runs "
                        + (inherited ? "in a stage built on it" : "after it") + ": every source edit reruns it",
                        inherited ? Fix.displayOnly("Move this RUN into stage " + ctx.model().stageOf(copy).label()
                                + " above line " + copy.span().startLine() + ", or build this stage on one that"
                                + " does not copy the sources")
                                : fix(ctx, body, copyIndex, k, copy, run));
            }
            if (copy != null) {
                copiedAtEnd.put(stage, copy);
            }
        }
    }

    private static String sourceText(Instruction copy) {
        List<Word> sources = copy instanceof Copy c ? c.sources()
                : copy instanceof Add a ? a.sources() : List.of();
        return sources.isEmpty() ? "" : sources.get(0).text();
    }

    private static Fix fix(RuleContext ctx, List<Instruction> body, int copyIndex, int runIndex, Instruction copy,
                           Run run) {
        String title = "Move this RUN above line " + copy.span().startLine();
        for (Instruction between : body.subList(copyIndex + 1, runIndex)) {
            if (!(between instanceof Label || between instanceof Expose)) {
                return Fix.displayOnly(title + " (together with the steps it depends on)");
            }
        }
        return new Fix(title, Fix.Safety.SAFE, Moves.moveBefore(ctx.file(), List.of(run), copy));
    }

    /** Every command is known not to read the working directory (absolute paths, package installs). */
    private static boolean contextFree(Step step) {
        if (step.script().commands().isEmpty() || !step.script().isPosix()) {
            return false; // a cmd or PowerShell script is read loosely: where it writes is not known
        }
        for (ShellCommand c : step.script().commands()) {
            if (c.program().isEmpty() && !c.assignments().isEmpty()) {
                continue;
            }
            Ecosystem e = Ecosystem.ofProgram(c);
            if (e != null && e.isSystemPackageManager()) {
                if (c.positionals().stream().anyMatch(w -> w.value().startsWith("./") || w.value().endsWith(".deb")
                        || w.value().endsWith(".rpm") || w.value().endsWith(".apk"))) {
                    return false;
                }
                continue;
            }
            if (c.isProgram("curl", "wget")) {
                String out = c.flagValue("-o", "--output", "-O", "--output-document");
                if (out != null && !out.startsWith("/") && !out.equals("-")) {
                    return false;
                }
                if (out == null && c.program().equals("wget") && !c.hasFlag("-O") && !c.hasFlag("-qO-")) {
                    return false; // saves into the working directory
                }
                if (out == null && c.program().equals("curl") && (c.hasFlag("-O") || c.hasFlag("--remote-name"))) {
                    return false;
                }
                continue;
            }
            if (Ecosystem.installsNamedPackagesOnly(c)) {
                continue; // a global tool or named packages: nothing of the working directory
            }
            if (c.isProgram("sh", "bash") && "|".equals(c.connector()) && (c.positionals().isEmpty()
                    || c.hasFlag("-s"))) {
                continue; // runs the script it is piped (an installer), not a file of the sources
            }
            if (CONTEXT_FREE.contains(c.program())) {
                for (ShellWord w : c.positionals()) {
                    String v = w.value();
                    if (!v.startsWith("/") && !v.startsWith("$") && !v.startsWith("-") && (v.contains("/")
                            || v.equals(".") || v.contains(".") && !c.isProgram("echo", "export", "set", "useradd",
                            "adduser", "groupadd", "addgroup", "usermod"))) {
                        return false;
                    }
                }
                if ((c.isProgram("tar", "unzip")) && c.flagValue("-C", "-d") == null) {
                    return false;
                }
                continue;
            }
            return false;
        }
        return true;
    }
}
