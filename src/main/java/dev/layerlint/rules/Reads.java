package dev.layerlint.rules;

import dev.layerlint.ast.Cmd;
import dev.layerlint.ast.Command;
import dev.layerlint.ast.Entrypoint;
import dev.layerlint.ast.ExecForm;
import dev.layerlint.ast.Healthcheck;
import dev.layerlint.ast.Heredoc;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Run;
import dev.layerlint.ast.ShellForm;
import dev.layerlint.ast.Word;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.Ecosystem;
import dev.layerlint.cache.Step;
import dev.layerlint.model.ExpandedWords;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which variables an instruction reads: by expansion (the words of
 * {@link ExpandedWords}), in its shell text, or implicitly (pip reads PIP_*).
 */
public final class Reads {
    private Reads() {
    }

    /** The text a shell sees at run time: RUN/CMD/ENTRYPOINT/HEALTHCHECK commands and heredoc bodies. */
    public static String runtimeText(Instruction i) {
        StringBuilder s = new StringBuilder();
        Command command = i instanceof Run r ? r.command() : i instanceof Cmd c ? c.command()
                : i instanceof Entrypoint e ? e.command() : i instanceof Healthcheck h ? h.command() : null;
        if (command instanceof ShellForm sf) {
            s.append(sf.text());
        } else if (command instanceof ExecForm ef) {
            ef.arguments().forEach(w -> s.append(w.text()).append(' '));
        }
        if (i instanceof Run r) {
            for (Heredoc h : r.heredocs()) {
                s.append('\n').append(h.body());
            }
        }
        return s.toString();
    }

    /** Whether shell text expands {@code $name} or {@code ${name...}} (not a longer name). */
    static boolean mentions(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int before = at - 1;
            if (before >= 0 && text.charAt(before) == '{') {
                before--;
            }
            int after = at + name.length();
            boolean ends = after >= text.length() || !(Character.isLetterOrDigit(text.charAt(after))
                    || text.charAt(after) == '_');
            if (before >= 0 && text.charAt(before) == '$' && ends) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cmd or PowerShell script reads the environment variable
     * {@code name} (case-insensitive, as Windows names are): PowerShell's
     * {@code $env:NAME} and {@code ${env:NAME}}, cmd's {@code %NAME%} and
     * {@code %NAME:~0,7%}.
     */
    static boolean mentionsWindows(String text, String name, ShellScript.Dialect dialect) {
        String lower = text.toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        List<String> forms = dialect == ShellScript.Dialect.CMD ? List.of("%" + n + "%", "%" + n + ":")
                : List.of("$env:" + n, "${env:" + n + "}");
        for (String form : forms) {
            for (int at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + 1)) {
                int after = at + form.length();
                if (form.endsWith("%") || form.endsWith(":") || form.endsWith("}") || after >= lower.length()
                        || !(Character.isLetterOrDigit(lower.charAt(after)) || lower.charAt(after) == '_')) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an instruction reads any of these variables. */
    public static boolean readsAny(Instruction i, Set<String> names, SemanticModel model, CacheModel cache) {
        for (Word word : ExpandedWords.of(i)) {
            for (String ref : model.expand(i, word.text()).referenced()) {
                if (names.contains(ref)) {
                    return true;
                }
            }
        }
        String text = runtimeText(i);
        Step run = i instanceof Run ? cache.step(i) : null;
        ShellScript.Dialect dialect = run == null ? ShellScript.Dialect.POSIX : run.script().dialect();
        for (String name : names) {
            if (mentions(text, name) || dialect != ShellScript.Dialect.POSIX && mentionsWindows(text, name, dialect)) {
                return true;
            }
        }
        if (i instanceof Run) {
            Step step = cache.step(i);
            if (step != null) {
                for (ShellCommand c : step.script().commands()) {
                    Ecosystem e = Ecosystem.ofProgram(c);
                    for (String name : names) {
                        if (e != null && e.readsVariable(name)) {
                            return true;
                        }
                        if (c.program().equals("printenv") || c.program().equals("env") && c.args().isEmpty()) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
