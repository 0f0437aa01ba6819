package dev.layerlint.shell;

/**
 * One shell word: {@code raw} as written, {@code value} with quotes and
 * escapes removed ({@code $} expansions kept as text), its {@code [start, end)}
 * in the script, and whether any part was quoted or is an expansion
 * ({@code $x}, {@code $(...)}, backticks), whose value the linter cannot know.
 */
public record ShellWord(String raw, String value, int start, int end, boolean quoted, boolean dynamic) {
    public boolean isFlag() {
        return value.startsWith("-") && value.length() > 1 && !quoted;
    }
}
