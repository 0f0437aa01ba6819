package dev.layerlint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * BuildKit's builder-side variable expansion ({@code shell/lex.go}): quote
 * removal, the escape character, {@code $v ${v} ${v:-w} ${v-w} ${v:+w}
 * ${v+w} ${v:?e} ${v?e} ${v#p} ${v##p} ${v%p} ${v%%p} ${v/p/r} ${v//p/r}},
 * positional and special parameters (always unset). Used for the instructions
 * BuildKit expands (COPY, ADD, ENV, LABEL, WORKDIR, USER, VOLUME, EXPOSE,
 * STOPSIGNAL, ARG defaults, FROM, mount options); never for RUN/CMD text.
 */
public final class Expander {
    /** Looks a variable up: its value, or null when unset. */
    public interface Env extends Function<String, String> {
    }

    /** The expansion of one word, or why it failed; plus the names it referenced. */
    public record Result(String value, List<String> words, String error, List<String> referenced) {
        public boolean failed() {
            return error != null;
        }
    }

    private final char escape;
    private final boolean caseInsensitive;

    /** @param escape the Dockerfile's escape character; {@code caseInsensitive} for Windows names */
    public Expander(char escape, boolean caseInsensitive) {
        this.escape = escape;
        this.caseInsensitive = caseInsensitive;
    }

    public Expander(char escape) {
        this(escape, false);
    }

    /** {@code ProcessWord}: one word, quotes removed, variables expanded. */
    public Result expand(String word, Env env) {
        return new Run(word, env, false).run();
    }

    /** {@code ProcessWords}: words split on unquoted blanks, also inside unquoted expansions. */
    public Result expandWords(String word, Env env) {
        return new Run(word, env, true).run();
    }

    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private final class Run {
        private final String s;
        private final Env env;
        private final boolean split;
        private int pos;
        private final List<String> referenced = new ArrayList<>();
        private final List<String> words = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private boolean inWord;

        Run(String s, Env env, boolean split) {
            this.s = s;
            this.env = env;
            this.split = split;
        }

        Result run() {
            try {
                processWord();
                if (inWord || word.length() > 0) {
                    words.add(word.toString());
                }
                String joined = split ? String.join(" ", words) : word.toString();
                return new Result(joined, List.copyOf(words), null, List.copyOf(referenced));
            } catch (Failure f) {
                return new Result(null, List.of(), f.getMessage(), List.copyOf(referenced));
            }
        }

        private boolean more() {
            return pos < s.length();
        }

        private char peek() {
            return s.charAt(pos);
        }

        private void processWord() {
            while (more()) {
                char c = peek();
                if (c == '\'') {
                    inWord = true;
                    word.append(singleQuoted());
                } else if (c == '"') {
                    inWord = true;
                    word.append(doubleQuoted());
                } else if (c == '$') {
                    String value = dollar();
                    appendUnquoted(value);
                } else if (c == escape) {
                    pos++;
                    inWord = true;
                    if (more()) {
                        word.append(s.charAt(pos++));
                    }
                } else if (split && Character.isWhitespace(c)) {
                    pos++;
                    endWord();
                } else {
                    pos++;
                    inWord = true;
                    word.append(c);
                }
            }
        }

        /** An unquoted expansion's value: split on blanks when splitting words. */
        private void appendUnquoted(String value) {
            if (!split) {
                word.append(value);
                return;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isWhitespace(c)) {
                    endWord();
                } else {
                    inWord = true;
                    word.append(c);
                }
            }
        }

        private void endWord() {
            if (inWord || word.length() > 0) {
                words.add(word.toString());
            }
            word.setLength(0);
            inWord = false;
        }

        private String singleQuoted() {
            pos++;
            int end = s.indexOf('\'', pos);
            if (end < 0) {
                throw new Failure("unexpected end of statement while looking for matching single-quote");
            }
            String value = s.substring(pos, end);
            pos = end + 1;
            return value;
        }

        private String doubleQuoted() {
            pos++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (!more()) {
                    throw new Failure("unexpected end of statement while looking for matching double-quote");
                }
                char c = peek();
                if (c == '"') {
                    pos++;
                    return out.toString();
                }
                if (c == '$') {
                    out.append(dollar());
                } else if (c == escape) {
                    pos++;
                    if (!more()) {
                        throw new Failure("unexpected end of statement while looking for matching double-quote");
                    }
                    char next = peek();
                    if (next == '"' || next == '$' || next == escape) {
                        out.append(next);
                    } else {
                        out.append(c).append(next);
                    }
                    pos++;
                } else {
                    out.append(c);
                    pos++;
                }
            }
        }

        /** At a {@code $}: the expansion's value. */
        private String dollar() {
            pos++;
            if (!more()) {
                return "$";
            }
            char c = peek();
            if (c == '{') {
                pos++;
                return braced();
            }
            String name = simpleName();
            if (name == null) {
                return "$";
            }
            return lookup(name);
        }

        /** A name after {@code $}: identifier, all digits, or one special character; null if none. */
        private String simpleName() {
            char c = peek();
            if (Character.isDigit(c)) {
                int start = pos;
                while (more() && Character.isDigit(peek())) {
                    pos++;
                }
                return s.substring(start, pos);
            }
            if ("@*#?-$!0".indexOf(c) >= 0) {
                pos++;
                return String.valueOf(c);
            }
            if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (more() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
                    pos++;
                }
                return s.substring(start, pos);
            }
            return null;
        }

        private String braced() {
            if (!more()) {
                throw new Failure("missing '}'");
            }
            String name = simpleName();
            if (name == null) {
                throw new Failure("bad substitution");
            }
            if (!more()) {
                throw new Failure("missing '}'");
            }
            char c = peek();
            if (c == '}') {
                pos++;
                return lookup(name);
            }
            boolean colon = false;
            if (c == ':') {
                colon = true;
                pos++;
                if (!more()) {
                    throw new Failure("missing '}'");
                }
                c = peek();
                if (c != '-' && c != '+' && c != '?') {
                    throw new Failure("unsupported modifier (" + c + ") in substitution");
                }
            }
            pos++;
            String value = raw(name);
            boolean set = value != null;
            boolean nonEmpty = set && !value.isEmpty();
            switch (c) {
                case '-' -> {
                    String w = modifierWord();
                    return (colon ? nonEmpty : set) ? value : w;
                }
                case '+' -> {
                    String w = modifierWord();
                    return (colon ? nonEmpty : set) ? w : "";
                }
                case '?' -> {
                    String w = modifierWord();
                    if (colon ? !nonEmpty : !set) {
                        throw new Failure(name + ": " + (w.isEmpty() ? "is not allowed to be unset" : w));
                    }
                    return value;
                }
                case '#', '%' -> {
                    boolean longest = more() && peek() == c;
                    if (longest) {
                        pos++;
                    }
                    String pattern = modifierPattern('}');
                    pos++;
                    String v = set ? value : "";
                    return c == '#' ? trimPrefix(v, pattern, longest) : trimSuffix(v, pattern, longest);
                }
                case '/' -> {
                    boolean all = more() && peek() == '/';
                    if (all) {
                        pos++;
                    }
                    String pattern = modifierPattern('/');
                    String replacement;
                    if (more() && peek() == '/') {
                        pos++;
                        replacement = modifierWord();
                    } else {
                        pos++; // the '}'
                        replacement = "";
                    }
                    return replace(set ? value : "", pattern, replacement, all);
                }
                default -> throw new Failure("unsupported modifier (" + c + ") in substitution");
            }
        }

        /** The word after a modifier, expanded, up to the closing brace. */
        private String modifierWord() {
            StringBuilder out = new StringBuilder();
            while (true) {
                if (!more()) {
                    throw new Failure("missing '}'");
                }
                char c = peek();
                if (c == '}') {
                    pos++;
                    return out.toString();
                }
                if (c == '$') {
                    out.append(dollar());
                } else if (c == '\'') {
                    out.append(singleQuoted());
                } else if (c == '"') {
                    out.append(doubleQuoted());
                } else if (c == escape) {
                    pos++;
                    if (more()) {
                        out.append(s.charAt(pos++));
                    }
                } else {
                    out.append(c);
                    pos++;
                }
            }
        }

        /** A glob pattern up to {@code stop} or {@code }}, as a regex; escapes make characters literal. */
        private String modifierPattern(char stop) {
            StringBuilder regex = new StringBuilder();
            while (true) {
                if (!more()) {
                    throw new Failure("missing '}'");
                }
                char c = peek();
                if (c == '}' || c == stop) {
                    return regex.toString();
                }
                pos++;
                if (c == '$') {
                    pos--;
                    regex.append(Pattern.quote(dollar()));
                } else if (c == escape && more()) {
                    regex.append(Pattern.quote(String.valueOf(s.charAt(pos++))));
                } else if (c == '*') {
                    regex.append(".*?");
                } else if (c == '?') {
                    regex.append('.');
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
        }

        private String lookup(String name) {
            String value = raw(name);
            return value == null ? "" : value;
        }

        private String raw(String name) {
            referenced.add(name);
            if (!Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
                return null; // positional and special parameters are never set
            }
            return env.apply(caseInsensitive ? name.toUpperCase(Locale.ROOT) : name);
        }
    }

    private static String trimPrefix(String value, String regex, boolean longest) {
        int best = -1;
        for (int i = 0; i <= value.length(); i++) {
            if (Pattern.matches(regex, value.substring(0, i))) {
                best = i;
                if (!longest) {
                    break;
                }
            }
        }
        return best < 0 ? value : value.substring(best);
    }

    private static String trimSuffix(String value, String regex, boolean longest) {
        int best = -1;
        for (int i = value.length(); i >= 0; i--) {
            if (Pattern.matches(regex, value.substring(i))) {
                best = i;
                if (!longest) {
                    break;
                }
            }
        }
        return best < 0 ? value : value.substring(0, best);
    }

    private static String replace(String value, String regex, String replacement, boolean all) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        boolean replaced = false;
        while (i <= value.length()) {
            int match = -1;
            if (!(replaced && !all)) {
                for (int j = value.length(); j > i; j--) { // longest match at i
                    if (Pattern.matches(regex, value.substring(i, j))) {
                        match = j;
                        break;
                    }
                }
            }
            if (match > 0) {
                out.append(replacement);
                i = match;
                replaced = true;
            } else {
                if (i < value.length()) {
                    out.append(value.charAt(i));
                }
                i++;
            }
        }
        return out.toString();
    }
}
