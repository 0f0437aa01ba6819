package dev.layerlint.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A simple command of a RUN script: {@code VAR=x} assignments, the program
 * and its arguments (redirections set apart), and how it is joined to the
 * previous command ({@code &&}, {@code ||}, {@code ;}, {@code |}, or empty
 * for the first). The vocabulary rules speak: program, subcommand, flags,
 * positional arguments.
 */
public final class ShellCommand {
    /** Wrappers that run the next word as the program. */
    private static final Set<String> WRAPPERS = Set.of("sudo", "env", "time", "nice", "nohup", "exec", "command",
            "xargs", "timeout", "su-exec", "gosu", "chroot", "eatmydata");
    private static final Pattern DURATION = Pattern.compile("\\d+[smhd]?");
    /** xargs options whose value is the next word ({@code xargs -n 1 chmod +x}, {@code xargs -I {} cp {} /opt}). */
    private static final Set<String> XARGS_VALUED = Set.of("-n", "-P", "-L", "-I", "-d", "-s", "-E", "-a");

    private final List<ShellWord> assignments;
    private final List<ShellWord> words;
    private final List<ShellWord> redirects;
    private final String connector;
    private final int start;
    private final int end;
    private final int subshell;
    private final boolean condition;
    // what every rule asks first, computed once: where the program is, and its name
    private final int programIndex;
    private final String program;

    public ShellCommand(List<ShellWord> assignments, List<ShellWord> words, List<ShellWord> redirects,
                        String connector, int start, int end) {
        this(assignments, words, redirects, connector, start, end, 0, false);
    }

    /**
     * {@code subshell}: how many {@code ( ... )} groups (or {@code sh -c}
     * strings) the command runs inside, so a {@code cd} or variable it sets
     * ends with them; {@code condition}: it is part of the condition of an
     * {@code if}, {@code elif}, {@code while} or {@code until}, so its failure
     * picks a branch instead of failing the script.
     */
    public ShellCommand(List<ShellWord> assignments, List<ShellWord> words, List<ShellWord> redirects,
                        String connector, int start, int end, int subshell, boolean condition) {
        this.subshell = subshell;
        this.condition = condition;
        this.assignments = List.copyOf(assignments);
        this.words = List.copyOf(words);
        this.redirects = List.copyOf(redirects);
        this.connector = connector;
        this.start = start;
        this.end = end;
        this.programIndex = programIndex(this.words);
        this.program = programIndex < this.words.size() ? basename(this.words.get(programIndex).value()) : "";
    }

    /** How many subshells ({@code ( ... )}, {@code sh -c '...'}) the command runs in; 0 at the script's top level. */
    public int subshell() {
        return subshell;
    }

    /** Whether the command is part of an {@code if}/{@code elif}/{@code while}/{@code until} condition. */
    public boolean condition() {
        return condition;
    }

    public List<ShellWord> assignments() {
        return assignments;
    }

    public List<ShellWord> words() {
        return words;
    }

    public List<ShellWord> redirects() {
        return redirects;
    }

    public String connector() {
        return connector;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The words from the program on, with wrappers like {@code sudo} and {@code env X=y} skipped. */
    public List<ShellWord> effectiveWords() {
        return words.subList(programIndex, words.size());
    }

    private static int programIndex(List<ShellWord> words) {
        int i = 0;
        while (i < words.size()) {
            String name = basename(words.get(i).value());
            if (!WRAPPERS.contains(name)) {
                break;
            }
            i++;
            // skip the wrapper's own options and VAR=x words (env), and timeout's duration
            while (i < words.size() && (words.get(i).isFlag() || (name.equals("env") && words.get(i).value()
                    .contains("=")) || (name.equals("timeout") && DURATION.matcher(words.get(i).value()).matches())
                    || (name.equals("gosu") || name.equals("su-exec")) && i == 1)) {
                if (name.equals("xargs") && XARGS_VALUED.contains(words.get(i).value())) {
                    i++;
                }
                i++;
            }
        }
        return Math.min(i, words.size());
    }

    /** The words before the program: wrappers such as {@code sudo} or {@code xargs -r} with their own options. */
    public List<ShellWord> wrapperWords() {
        return words.subList(0, programIndex);
    }

    /** The program's name without its directory ({@code /usr/bin/pip3} is {@code pip3}), or "". */
    public String program() {
        return program;
    }

    public boolean isProgram(String... names) {
        String p = program();
        for (String n : names) {
            if (p.equals(n)) {
                return true;
            }
        }
        return false;
    }

    /** The arguments after the program. */
    public List<ShellWord> args() {
        List<ShellWord> w = effectiveWords();
        return w.isEmpty() ? List.of() : w.subList(1, w.size());
    }

    /** Arguments that are not flags (a flag's separate value is not recognised; callers name such flags). */
    public List<ShellWord> positionals(String... flagsWithValues) {
        Set<String> valued = Set.of(flagsWithValues);
        List<ShellWord> out = new ArrayList<>();
        List<ShellWord> args = args();
        boolean endOfFlags = false;
        for (int i = 0; i < args.size(); i++) {
            ShellWord a = args.get(i);
            if (!endOfFlags && a.value().equals("--")) {
                endOfFlags = true;
                continue;
            }
            if (!endOfFlags && a.isFlag()) {
                if (valued.contains(a.value()) && i + 1 < args.size()) {
                    i++;
                }
                continue;
            }
            out.add(a);
        }
        return out;
    }

    /** The first positional argument ({@code install} in {@code apt-get -y install x}), or "". */
    public String subcommand(String... flagsWithValues) {
        List<ShellWord> p = positionals(flagsWithValues);
        return p.isEmpty() ? "" : p.get(0).value();
    }

    /**
     * Whether any flag is given: long flags match exactly or as
     * {@code --flag=value}; a single-letter short flag also matches inside a
     * group ({@code -y} in {@code -qy}).
     */
    public boolean hasFlag(String... flags) {
        for (ShellWord a : args()) {
            if (!a.isFlag()) {
                continue;
            }
            String v = a.value();
            for (String f : flags) {
                if (v.equals(f) || (f.startsWith("--") && v.startsWith(f + "="))) {
                    return true;
                }
                if (f.length() == 2 && f.charAt(0) == '-' && !v.startsWith("--") && v.indexOf(f.charAt(1), 1) > 0
                        && v.substring(1).chars().allMatch(Character::isLetter)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The value of a flag ({@code -o x}, {@code --out=x}, {@code --out x}), or null. */
    public String flagValue(String... flags) {
        List<ShellWord> args = args();
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            for (String f : flags) {
                if (v.equals(f) && i + 1 < args.size()) {
                    return args.get(i + 1).value();
                }
                if (f.startsWith("--") && v.startsWith(f + "=")) {
                    return v.substring(f.length() + 1);
                }
            }
        }
        return null;
    }

    /**
     * The program name of a word: no directory ({@code /} or, as Windows
     * writes paths, {@code \\}), lower case, and no {@code .exe} suffix
     * ({@code C:\\nuget\\nuget.exe} is {@code nuget}).
     */
    public static String basename(String word) {
        int slash = Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\'));
        String name = (slash >= 0 ? word.substring(slash + 1) : word).toLowerCase(Locale.ROOT);
        return name.endsWith(".exe") && name.length() > 4 ? name.substring(0, name.length() - 4) : name;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (ShellWord w : words) {
            s.append(s.length() == 0 ? "" : " ").append(w.value());
        }
        return s.toString();
    }

}
