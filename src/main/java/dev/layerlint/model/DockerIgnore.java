package dev.layerlint.model;

import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's ignore-file matcher ({@code .dockerignore} and
 * {@code <Dockerfile>.dockerignore}), as moby/patternmatcher reads and
 * applies it; the pattern syntax is {@link Glob}'s
 * {@link Glob.Dialect#PATTERN_MATCHER} dialect.
 * <p>Reading ({@code patternmatcher/ignorefile.ReadAll}): one pattern a line
 * (a trailing {@code \r} dropped, a UTF-8 BOM on the first line dropped); a
 * line whose first character is {@code #} is a comment (an indented
 * {@code #} is not: it starts a pattern); blanks around the line are trimmed
 * and blank lines skipped; a leading {@code !} makes an exception (blanks
 * after it trimmed too); the pattern is cleaned like Go's
 * {@code filepath.Clean} ({@code ./tmp} is {@code tmp}, {@code a/../b} is
 * {@code b}, a trailing {@code /} goes, a leading {@code ..} stays and so
 * never matches), and one leading {@code /} is dropped. A backslash is the
 * escape character, as on Linux. A lone {@code !} or a pattern Go rejects
 * fails a real build; here it matches nothing.
 * <p>Matching ({@code MatchesOrParentMatches}): a pattern applies to a path
 * when it matches the path or one of its parent directories; going through
 * the patterns in order, the last that applies decides: excluded for a
 * pattern, included for an exception. So a directory pattern excludes
 * everything below it, and {@code !docs/keep.md} after {@code docs}
 * re-includes that file.
 */
public final class DockerIgnore {
    /** One pattern line, cleaned, without its {@code !}. */
    public record Rule(String pattern, boolean exception, Glob glob) {
    }

    private final List<Rule> rules;

    private DockerIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static DockerIgnore none() {
        return new DockerIgnore(List.of());
    }

    /** An ignore file's text. */
    public static DockerIgnore parse(String text) {
        List<Rule> rules = new ArrayList<>();
        int start = 0;
        boolean first = true;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            start = end < 0 ? text.length() : end + 1;
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            first = false;
            if (line.startsWith("#")) {
                continue;
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean exception = line.charAt(0) == '!';
            if (exception) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty()) {
                continue; // "!" alone: an error for BuildKit
            }
            String pattern = Glob.clean(line);
            if (pattern.length() > 1 && pattern.charAt(0) == '/') {
                pattern = pattern.substring(1);
            }
            rules.add(new Rule(pattern, exception, Glob.compile(pattern, Glob.Dialect.PATTERN_MATCHER)));
        }
        return new DockerIgnore(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public boolean hasExceptions() {
        for (Rule rule : rules) {
            if (rule.exception()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a context-relative path is excluded (by a pattern on it or on a directory above it). */
    public boolean isExcluded(String path) {
        String p = Glob.contextPath(path);
        boolean excluded = false;
        for (Rule rule : rules) {
            if (excluded == !rule.exception()) {
                continue; // this rule cannot change the outcome
            }
            if (rule.glob().matchesSelfOrParent(p)) {
                excluded = !rule.exception();
            }
        }
        return excluded;
    }
}
