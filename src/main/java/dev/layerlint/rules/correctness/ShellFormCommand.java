package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Cmd;
import dev.layerlint.ast.Command;
import dev.layerlint.ast.Entrypoint;
import dev.layerlint.ast.Healthcheck;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Shell;
import dev.layerlint.ast.ShellForm;
import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Stages;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellScript;
import dev.layerlint.shell.ShellWord;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * BU022: CMD or ENTRYPOINT in shell form (and a HEALTHCHECK CMD that looks
 * like the exec form but is not valid JSON). The container's
 * PID 1 is then {@code /bin/sh -c}, which does not forward SIGTERM: {@code
 * docker stop} waits 10 s and kills the app without a clean shutdown (and a
 * shell-form ENTRYPOINT ignores {@code docker run} arguments). Not reported
 * in a stage that sets SHELL (the shell is then chosen on purpose), nor when
 * the command starts with {@code exec}. A shell-form HEALTHCHECK CMD is not
 * reported: it is not PID 1, so the signal reasoning does not apply, and
 * {@code curl -f URL || exit 1} needs the shell.
 */
public final class ShellFormCommand extends BaseRule {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    public ShellFormCommand() {
        super(new RuleInfo("BU022", "shell-form-command",
                "CMD or ENTRYPOINT in shell form: the app does not receive SIGTERM and stops uncleanly",
                Severity.WARNING, List.of("DL3025", "JSONArgsRecommended")).withFix());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            boolean shellSet = Stages.inherited(ctx, stage).shell() != null || !Stages.of(stage, Shell.class).isEmpty()
                    || Stages.inherited(ctx, stage).root().isWindows();
            for (Instruction i : stage.instructions()) {
                Command command = i instanceof Cmd c ? c.command() : i instanceof Entrypoint e ? e.command()
                        : i instanceof Healthcheck h && h.type() != null && h.type().text().equalsIgnoreCase("CMD")
                        ? h.command() : null;
                if (!(command instanceof ShellForm shell) || shell.text().isBlank()) {
                    continue;
                }
                boolean health = i instanceof Healthcheck;
                if (shellSet) {
                    continue; // HEALTHCHECK too: the daemon runs its shell form through the SHELL, or cmd on Windows
                }
                ShellScript script = ctx.model().script(shell);
                String first = script.commands().isEmpty() || script.commands().get(0).words().isEmpty() ? ""
                        : script.commands().get(0).words().get(0).value().toLowerCase(Locale.ROOT);
                if (first.endsWith(".exe") || first.endsWith(".cmd") || first.endsWith(".bat")) {
                    continue; // a Windows program: the shell is cmd, signals do not apply
                }
                boolean jsonLike = shell.text().strip().startsWith("[");
                if (health && !jsonLike) {
                    continue; // a health check is not PID 1: no signal to pass on, and /bin/sh -c is what it asks for
                }
                if (!script.commands().isEmpty() && script.commands().get(0).words().size() > 0
                        && script.commands().get(0).words().get(0).value().equals("exec")) {
                    continue;
                }
                String what = i.keyword().name() + (health ? " CMD" : "");
                String message = jsonLike ? what + " looks like the exec form but is not valid JSON (JSON needs"
                        + " double quotes, and no variables), so it runs as a shell command: " + shell.text().strip()
                        + " is passed to /bin/sh -c as text" : what + " in shell form: PID 1 is /bin/sh -c, which does not pass SIGTERM on, so docker stop"
                        + " waits 10 s and kills the app without a clean shutdown"
                        + (i instanceof Entrypoint ? ", and docker run arguments are ignored" : "")
                        + "; use the exec form " + what + " [\"...\"]";
                ctx.reportAs(health ? List.of("DL3025") : List.of("DL3025", "JSONArgsRecommended"), shell.span(),
                        message, fix(shell, script));
            }
        }
    }

    /** The exec form, when the command is plain words (no variables, quotes, operators or redirections). */
    private static Fix fix(ShellForm shell, ShellScript script) {
        String title = "Use the exec form";
        if (script.commands().size() != 1) {
            return Fix.displayOnly(title);
        }
        ShellCommand c = script.commands().get(0);
        if (!c.assignments().isEmpty() || !c.redirects().isEmpty() || c.words().isEmpty()) {
            return Fix.displayOnly(title);
        }
        StringBuilder json = new StringBuilder("[");
        for (ShellWord w : c.words()) {
            if (w.quoted() || w.dynamic() || !PLAIN.matcher(w.raw()).matches()) {
                return Fix.displayOnly(title);
            }
            json.append(json.length() > 1 ? ", " : "").append('"').append(w.value()).append('"');
        }
        json.append(']');
        String text = shell.text();
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        var span = shell.logical().span(0, end);
        if (span.endLine() != span.startLine()) {
            return Fix.displayOnly(title);
        }
        return Fix.safe(title, List.of(Edit.replace(span.start(), span.end(), json.toString())));
    }
}
