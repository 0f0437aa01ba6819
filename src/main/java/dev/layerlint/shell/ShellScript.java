package dev.layerlint.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * A RUN script split into simple commands, in order. {@code sh -c '...'}
 * strings are parsed too and their commands included (after the command
 * that runs them). {@code skipsParts} says some commands were not read (the
 * arms of a {@code case} statement): a rule that concludes from a command's
 * absence ("no update in this RUN") cannot conclude on such a script.
 * A cmd or PowerShell script ({@link Dialect}) is read loosely by the same
 * reader ({@link ShellParser#parse(String, Dialect)}): its commands, words
 * and flags, for what a step runs and reads, not for its syntax.
 */
public record ShellScript(String text, List<ShellCommand> commands, boolean skipsParts, Dialect dialect) {
    /** The shell a script is written for: a POSIX shell, cmd, or PowerShell (Windows PowerShell or pwsh). */
    public enum Dialect {
        POSIX, CMD, POWERSHELL;

        /** The dialect of a SHELL's program ({@code powershell}, {@code C:\\...\\pwsh.exe}, {@code cmd}, {@code /bin/bash}). */
        public static Dialect ofShell(String program) {
            String p = ShellCommand.basename(program);
            return switch (p) {
                case "powershell", "pwsh" -> POWERSHELL;
                case "cmd" -> CMD;
                default -> POSIX;
            };
        }
    }

    public ShellScript {
        commands = List.copyOf(commands);
    }

    public ShellScript(String text, List<ShellCommand> commands, boolean skipsParts) {
        this(text, commands, skipsParts, Dialect.POSIX);
    }

    public ShellScript(String text, List<ShellCommand> commands) {
        this(text, commands, false);
    }

    /** A POSIX shell script (the rules that read shell syntax read only these). */
    public boolean isPosix() {
        return dialect == Dialect.POSIX;
    }

    public static ShellScript empty() {
        return new ShellScript("", List.of());
    }

    /** Commands running the given program. */
    public List<ShellCommand> commands(String... programs) {
        List<ShellCommand> out = new ArrayList<>();
        for (ShellCommand c : commands) {
            if (c.isProgram(programs)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Whether some command is joined to the previous one with a pipe. */
    public boolean hasPipe() {
        return commands.stream().anyMatch(c -> c.connector().equals("|"));
    }

    /** Identity: equal only to itself (a record compares every component, deeply, linked by indy). */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
