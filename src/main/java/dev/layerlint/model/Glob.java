package dev.layerlint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one glob compiler behind BuildKit's two path matchers: {@link DockerIgnore}
 * (ignore files) and {@link CopySource} (COPY/ADD sources). Both start from
 * Go's {@code path.Match} syntax, over slash-separated paths relative to the
 * context root, and differ only in {@code **}:
 * <ul>
 * <li>{@code *} any run of characters other than {@code /}; {@code ?} one
 *     character other than {@code /}.</li>
 * <li>{@code [...]} a character class of single characters and
 *     {@code lo-hi} ranges, negated by a leading {@code ^} only. There is no
 *     {@code [!...]}: Go reads {@code [!x]} as the class of {@code !} and
 *     {@code x} (Go's {@code path.Match} grammar; moby/patternmatcher hands
 *     the class unchanged to Go's regexp, which reads it the same way). A
 *     negated class can match {@code /}, as in both.</li>
 * <li>{@code \c} the character {@code c} (inside classes too). A pattern
 *     Go rejects (an unclosed or empty class, a class that starts with
 *     {@code -} or {@code ]}, a trailing {@code \}) is {@linkplain #isValid()
 *     invalid} and matches nothing: BuildKit fails the build on it
 *     (patternmatcher checks every pattern with {@code filepath.Match}).</li>
 * <li>{@link Dialect#PATH_MATCH} (Go's {@code path.Match}, which BuildKit's
 *     file op uses for wildcard COPY/ADD sources, {@code fsutil/copy}
 *     {@code ResolveWildcards} and {@code contenthash}): {@code **} is two
 *     {@code *}, so it does not cross {@code /} either.</li>
 * <li>{@link Dialect#PATTERN_MATCHER} (moby/patternmatcher, for
 *     {@code .dockerignore}, {@code --exclude} and {@code COPY --parents}):
 *     {@code **} at the end matches anything ({@code build/**} is every path
 *     under {@code build/}); elsewhere {@code **} and {@code **}{@code /} match
 *     zero or more whole directories ({@code **}{@code /*.go} matches
 *     {@code main.go} and {@code cmd/x/main.go}). patternmatcher also has fast
 *     paths (exact, prefix, suffix) for patterns without other wildcards; as
 *     we read them they agree with this regex except for {@code **name}
 *     without a slash (the suffix test also matches {@code xname}) and,
 *     possibly, a backslash escape in an otherwise literal pattern; neither
 *     is mirrored (these facts come from reading the sources, not from a
 *     build; the shared table pins what is implemented).</li>
 * </ul>
 * Compiled once per pattern; {@link #matches} is a regex match.
 */
public final class Glob {
    /** Which of BuildKit's two pattern languages. */
    public enum Dialect {
        /** Go's {@code path.Match}: COPY/ADD wildcard sources. */
        PATH_MATCH,
        /** moby/patternmatcher: ignore files, {@code --exclude}, {@code COPY --parents}. */
        PATTERN_MATCHER
    }

    private final String pattern;
    private final Pattern regex;

    private Glob(String pattern, Pattern regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    /** Compiles a pattern over slash-separated paths; an invalid one matches nothing. */
    public static Glob compile(String pattern, Dialect dialect) {
        String re = toRegex(pattern, dialect);
        return new Glob(pattern, re == null ? null : Pattern.compile(re, Pattern.DOTALL));
    }

    public String pattern() {
        return pattern;
    }

    /** Whether Go accepts the pattern (BuildKit fails the build on one it does not). */
    public boolean isValid() {
        return regex != null;
    }

    /** Whether the whole path matches (no parent-directory rule: the matchers add theirs). */
    public boolean matches(String path) {
        return regex != null && regex.matcher(path).matches();
    }

    /**
     * Whether the path or one of its parent directories matches: what both
     * matchers select, since a matched directory brings everything below it.
     */
    public boolean matchesSelfOrParent(String path) {
        if (matches(path)) {
            return true;
        }
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            if (matches(path.substring(0, slash))) {
                return true;
            }
        }
        return false;
    }

    /** Whether text has an unescaped {@code *}, {@code ?} or {@code [} (fsutil's {@code containsWildcards}). */
    public static boolean hasWildcards(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    /**
     * Go's {@code path.Clean}: repeated slashes, {@code .} and {@code dir/..}
     * removed, {@code ..} kept only where it climbs above a relative start
     * (and dropped at a root), no trailing slash; {@code "."} for nothing.
     */
    public static String clean(String path) {
        boolean rooted = path.startsWith("/");
        List<String> out = new ArrayList<>();
        int dotdots = 0; // leading ".." of a relative path, which cannot be removed
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (out.size() > dotdots) {
                    out.remove(out.size() - 1);
                } else if (!rooted) {
                    out.add("..");
                    dotdots++;
                }
                continue;
            }
            out.add(part);
        }
        String joined = String.join("/", out);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }

    /** A path as the context root sees it: cleaned from {@code /}, without it; {@code "."} for the root. */
    public static String contextPath(String path) {
        String cleaned = clean("/" + path).substring(1);
        return cleaned.isEmpty() ? "." : cleaned;
    }

    /** The Java regex for a pattern, or null when Go rejects it. */
    static String toRegex(String pattern, Dialect dialect) {
        StringBuilder re = new StringBuilder(pattern.length() + 16);
        int n = pattern.length();
        for (int i = 0; i < n; i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                if (dialect == Dialect.PATTERN_MATCHER && i + 1 < n && pattern.charAt(i + 1) == '*') {
                    i++;
                    if (i + 1 < n && pattern.charAt(i + 1) == '/') {
                        i++; // "**/" is read as "**"
                    }
                    re.append(i + 1 == n ? ".*" : "(?:.*/)?");
                } else {
                    while (dialect == Dialect.PATH_MATCH && i + 1 < n && pattern.charAt(i + 1) == '*') {
                        i++; // Go: a run of stars is one star
                    }
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '[') {
                i = characterClass(pattern, i, re);
                if (i < 0) {
                    return null;
                }
            } else if (c == '\\') {
                if (++i == n) {
                    return null;
                }
                literal(pattern.charAt(i), re);
            } else {
                literal(c, re);
            }
        }
        return re.toString();
    }

    /** Appends a Go character class starting at {@code open}; returns the index of its {@code ]}, or -1. */
    private static int characterClass(String pattern, int open, StringBuilder re) {
        int n = pattern.length();
        int i = open + 1;
        re.append('[');
        if (i < n && pattern.charAt(i) == '^') {
            re.append('^');
            i++;
        }
        int ranges = 0;
        while (true) {
            if (i >= n) {
                return -1;
            }
            char c = pattern.charAt(i);
            if (c == ']' && ranges > 0) {
                re.append(']');
                return i;
            }
            int[] lo = classChar(pattern, i);
            if (lo == null) {
                return -1;
            }
            i = lo[1];
            literal((char) lo[0], re);
            if (i < n && pattern.charAt(i) == '-') {
                int[] hi = classChar(pattern, i + 1);
                if (hi == null) {
                    return -1;
                }
                i = hi[1];
                re.append('-');
                literal((char) hi[0], re);
            }
            ranges++;
        }
    }

    /** Go's {@code getEsc}: one class character at {@code at} and the index after it, or null. */
    private static int[] classChar(String pattern, int at) {
        int n = pattern.length();
        if (at >= n || pattern.charAt(at) == '-' || pattern.charAt(at) == ']') {
            return null;
        }
        char c = pattern.charAt(at);
        if (c == '\\') {
            if (at + 1 >= n) {
                return null;
            }
            return new int[] {pattern.charAt(at + 1), at + 2};
        }
        return new int[] {c, at + 1};
    }

    /** A character matched as itself: ASCII punctuation quoted (a backslash before it is always literal in Java). */
    private static void literal(char c, StringBuilder re) {
        if (c < 128 && !Character.isLetterOrDigit(c) && c != '/' && c != '_') {
            re.append('\\');
        }
        re.append(c);
    }
}
