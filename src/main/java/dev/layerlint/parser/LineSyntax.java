package dev.layerlint.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The argument syntax of one logical Dockerfile line, as BuildKit's parser
 * splits it (research: buildkit.md A.5-A.8). Every piece carries its
 * {@code [start, end)} offsets in the logical line so that the AST can map it
 * to an exact source span.
 */
public final class LineSyntax {
    private LineSyntax() {
    }

    /** A piece of the logical line: its processed text and its raw range. */
    public record Piece(String text, int start, int end) {
    }

    /** The keyword, the flags and where the arguments start. */
    public record CommandLine(Piece keyword, List<Piece> flags, int argsStart, int argsEnd) {
    }

    /** Go's unicode.IsSpace. */
    public static boolean isSpace(char c) {
        switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u0085', '\u00A0':
                return true;
            default:
                return c > 0xff && Character.isSpaceChar(c);
        }
    }

    /**
     * The end of a line's text in {@code text[start, end)}: before the CRs and the LF that end it (BuildKit
     * trims {@code "\r\n"} from the right of every line; a heredoc terminator and a comment end there).
     */
    public static int lineContentEnd(String text, int start, int end) {
        while (end > start && (text.charAt(end - 1) == '\r' || text.charAt(end - 1) == '\n')) {
            end--;
        }
        return end;
    }

    /** The separator BuildKit splits keywords and whitespace-delimited arguments on: {@code [\t\v\f\r ]}. */
    public static boolean isSplitSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Splits a logical line into keyword, flags and argument range
     * ({@code splitCommand} + {@code extractBuilderFlags}).
     */
    public static CommandLine splitCommand(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        int kwEnd = start;
        while (kwEnd < end && !isSplitSpace(line.charAt(kwEnd))) {
            kwEnd++;
        }
        Piece keyword = new Piece(line.substring(start, kwEnd), start, kwEnd);
        int argStart = kwEnd;
        while (argStart < end && isSplitSpace(line.charAt(argStart))) {
            argStart++;
        }
        if (argStart >= end) {
            return new CommandLine(keyword, List.of(), end, end);
        }
        List<Piece> flags = new ArrayList<>();
        int rest = extractFlags(line, argStart, end, flags);
        while (rest < end && isSpace(line.charAt(rest))) {
            rest++;
        }
        return new CommandLine(keyword, List.copyOf(flags), rest, end);
    }

    /**
     * Reads the leading {@code --flag} words of {@code line[from, to)} into
     * {@code flags} and returns where the arguments start. Quotes group
     * characters and are removed, a backslash escapes the next character, a
     * bare {@code --} ends the flags and is dropped.
     */
    static int extractFlags(String line, int from, int to, List<Piece> flags) {
        int pos = from;
        while (true) {
            while (pos < to && isSpace(line.charAt(pos))) {
                pos++;
            }
            if (pos >= to) {
                return to;
            }
            if (line.charAt(pos) != '-' || pos + 1 >= to || line.charAt(pos + 1) != '-') {
                return pos;
            }
            int wordStart = pos;
            StringBuilder word = new StringBuilder();
            char quote = 0;
            boolean quoted = false;
            while (pos < to) {
                char ch = line.charAt(pos);
                if (quote == 0 && isSpace(ch)) {
                    break;
                }
                if (quote == 0 && (ch == '\'' || ch == '"')) {
                    quote = ch;
                    quoted = true;
                    pos++;
                    continue;
                }
                if (quote != 0 && ch == quote) {
                    quote = 0;
                    pos++;
                    continue;
                }
                if (ch == '\\') {
                    if (pos + 1 >= to) {
                        pos++;
                        continue;
                    }
                    pos++;
                    ch = line.charAt(pos);
                }
                word.append(ch);
                pos++;
            }
            String text = word.toString();
            if (text.equals("--") && quote == 0 && !quoted) {
                return pos;
            }
            if (quoted || !text.isEmpty()) {
                flags.add(new Piece(text, wordStart, pos));
            }
        }
    }

    // ---- JSON (exec form)

    /** Outcome of trying the exec (JSON array) form. */
    public sealed interface JsonResult permits NotJson, NotStrings, JsonArray {
    }

    /** Not a JSON array: BuildKit silently uses the shell form. */
    public record NotJson() implements JsonResult {
    }

    /** Valid JSON array with a non-string element: a hard error. */
    public record NotStrings(int start, int end) implements JsonResult {
    }

    /** Valid JSON array of strings: each element decoded, with its raw range. */
    public record JsonArray(List<Piece> elements) implements JsonResult {
    }

    public static JsonResult parseJson(String line, int from, int to) {
        int pos = from;
        while (pos < to && isSpace(line.charAt(pos))) {
            pos++;
        }
        if (pos >= to || line.charAt(pos) != '[') {
            return new NotJson();
        }
        JsonReader reader = new JsonReader(line, pos, to);
        try {
            List<Piece> elements = new ArrayList<>();
            boolean allStrings = reader.readTopArray(elements);
            reader.skipWs();
            if (reader.pos != to) {
                return new NotJson();
            }
            return allStrings ? new JsonArray(List.copyOf(elements)) : new NotStrings(from, to);
        } catch (IllegalArgumentException e) {
            return new NotJson();
        }
    }

    /** A strict JSON reader (Go's encoding/json accepts exactly this). */
    private static final class JsonReader {
        private final String s;
        private final int end;
        int pos;

        JsonReader(String s, int pos, int end) {
            this.s = s;
            this.pos = pos;
            this.end = end;
        }

        boolean readTopArray(List<Piece> out) {
            expect('[');
            skipWs();
            boolean allStrings = true;
            if (peek() == ']') {
                pos++;
                return true;
            }
            while (true) {
                skipWs();
                if (peek() == '"') {
                    int start = pos;
                    String value = readString();
                    out.add(new Piece(value, start, pos));
                } else {
                    readValue();
                    allStrings = false;
                }
                skipWs();
                char c = next();
                if (c == ']') {
                    return allStrings;
                }
                if (c != ',') {
                    throw new IllegalArgumentException();
                }
            }
        }

        void readValue() {
            skipWs();
            char c = peek();
            switch (c) {
                case '"' -> readString();
                case '[' -> readContainer('[', ']', false);
                case '{' -> readContainer('{', '}', true);
                case 't' -> literal("true");
                case 'f' -> literal("false");
                case 'n' -> literal("null");
                default -> readNumber();
            }
        }

        void readContainer(char open, char close, boolean object) {
            expect(open);
            skipWs();
            if (peek() == close) {
                pos++;
                return;
            }
            while (true) {
                skipWs();
                if (object) {
                    if (peek() != '"') {
                        throw new IllegalArgumentException();
                    }
                    readString();
                    skipWs();
                    expect(':');
                }
                readValue();
                skipWs();
                char c = next();
                if (c == close) {
                    return;
                }
                if (c != ',') {
                    throw new IllegalArgumentException();
                }
            }
        }

        void literal(String word) {
            if (!s.startsWith(word, pos) || pos + word.length() > end) {
                throw new IllegalArgumentException();
            }
            pos += word.length();
        }

        void readNumber() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            if (peek() == '0') {
                pos++;
            } else if (isDigit(peek())) {
                while (isDigit(peek())) {
                    pos++;
                }
            } else {
                throw new IllegalArgumentException();
            }
            if (peek() == '.') {
                pos++;
                if (!isDigit(peek())) {
                    throw new IllegalArgumentException();
                }
                while (isDigit(peek())) {
                    pos++;
                }
            }
            if (peek() == 'e' || peek() == 'E') {
                pos++;
                if (peek() == '+' || peek() == '-') {
                    pos++;
                }
                if (!isDigit(peek())) {
                    throw new IllegalArgumentException();
                }
                while (isDigit(peek())) {
                    pos++;
                }
            }
            if (pos == start) {
                throw new IllegalArgumentException();
            }
        }

        String readString() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= end) {
                    throw new IllegalArgumentException();
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c < 0x20) {
                    throw new IllegalArgumentException();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        if (pos + 4 > end) {
                            throw new IllegalArgumentException();
                        }
                        sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> throw new IllegalArgumentException();
                }
            }
        }

        void skipWs() {
            while (pos < end) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    pos++;
                } else {
                    break;
                }
            }
        }

        char peek() {
            return pos < end ? s.charAt(pos) : '\0';
        }

        char next() {
            if (pos >= end) {
                throw new IllegalArgumentException();
            }
            return s.charAt(pos++);
        }

        void expect(char c) {
            if (next() != c) {
                throw new IllegalArgumentException();
            }
        }

        static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }

    // ---- words

    /**
     * Quote-aware words ({@code parseWords}, used by ENV, LABEL, ARG): space
     * separates words outside quotes; quotes are kept; the escape character
     * keeps itself and the next character; an escape at the very end is dropped.
     */
    public static List<Piece> words(String line, int from, int to, char escape) {
        List<Piece> words = new ArrayList<>();
        int pos = from;
        while (pos < to) {
            while (pos < to && isSpace(line.charAt(pos))) {
                pos++;
            }
            if (pos >= to) {
                break;
            }
            int start = pos;
            StringBuilder word = new StringBuilder();
            char quote = 0;
            boolean blankOk = false;
            while (pos < to) {
                char ch = line.charAt(pos);
                if (quote == 0) {
                    if (isSpace(ch)) {
                        break;
                    }
                    if (ch == '\'' || ch == '"') {
                        quote = ch;
                        blankOk = true;
                    }
                    if (ch == escape) {
                        if (pos + 1 >= to) {
                            pos++;
                            continue;
                        }
                        word.append(ch);
                        pos++;
                        ch = line.charAt(pos);
                    }
                    word.append(ch);
                    pos++;
                } else {
                    if (ch == quote) {
                        quote = 0;
                    } else if (ch == escape && quote != '\'') {
                        if (pos + 1 >= to) {
                            pos++;
                            quote = 0;
                            continue;
                        }
                        word.append(ch);
                        pos++;
                        ch = line.charAt(pos);
                    }
                    word.append(ch);
                    pos++;
                }
            }
            if (blankOk || word.length() > 0) {
                words.add(new Piece(word.toString(), start, pos));
            }
        }
        return words;
    }

    /** Words split on {@code [\t\v\f\r ]+}, quotes not special (FROM, EXPOSE, shell-form COPY/ADD/VOLUME). */
    public static List<Piece> whitespaceWords(String line, int from, int to) {
        List<Piece> words = new ArrayList<>();
        int pos = from;
        while (pos < to) {
            while (pos < to && isSplitSpace(line.charAt(pos))) {
                pos++;
            }
            if (pos >= to) {
                break;
            }
            int start = pos;
            while (pos < to && !isSplitSpace(line.charAt(pos))) {
                pos++;
            }
            words.add(new Piece(line.substring(start, pos), start, pos));
        }
        return words;
    }

    // ---- heredocs

    /** A heredoc opener found on an instruction line. */
    public record HeredocOpener(String name, boolean chomp, boolean expand, String fd, int start, int end) {
    }

    private static final Pattern OPENER = Pattern.compile("^(\\d*)<<(-?)\\s*([^<]*)$");

    /**
     * The heredoc openers of a logical line, in order; empty when the
     * instruction takes no heredocs (InstructionSyntax: RUN, COPY, ADD, also
     * as an ONBUILD trigger) or is in exec form. Throws when an opener is
     * malformed (unbalanced quotes).
     */
    public static List<HeredocOpener> heredocOpeners(String line, char escape) {
        if (line.indexOf("<<") < 0) {
            return List.of();
        }
        int offset = 0;
        CommandLine cmd = splitCommand(line);
        InstructionSyntax.Syntax syntax = InstructionSyntax.of(cmd.keyword().text());
        if (syntax != null && syntax.arguments() == InstructionSyntax.Arguments.INSTRUCTION) {
            offset = cmd.argsStart();
            cmd = splitCommand(line.substring(offset, cmd.argsEnd()));
            syntax = InstructionSyntax.of(cmd.keyword().text());
        }
        if (syntax == null || !syntax.heredocs() || syntax.form() != InstructionSyntax.Form.PLAIN && parseJson(line, offset + cmd.argsStart(), offset + cmd.argsEnd()) instanceof JsonArray) {
            return List.of();
        }
        List<HeredocOpener> openers = new ArrayList<>();
        List<Piece> words = shellWords(line);
        for (int i = 0; i < words.size(); i++) {
            Piece word = words.get(i);
            Matcher m = OPENER.matcher(word.text());
            if (!m.matches()) {
                continue;
            }
            String rest = m.group(3);
            int end = word.end();
            if (rest.isEmpty()) {
                // "<< EOF": blanks between the operator and the name
                if (i + 1 >= words.size() || words.get(i + 1).text().contains("<<")) {
                    continue;
                }
                rest = words.get(++i).text();
                end = words.get(i).end();
            }
            String name = unquote(rest);
            if (name == null) {
                throw new IllegalArgumentException("unbalanced quotes in heredoc name " + rest);
            }
            if (name.isEmpty()) {
                continue;
            }
            boolean quoted = name.length() != rest.length() - countEscapes(rest);
            openers.add(new HeredocOpener(name, !m.group(2).isEmpty(), !quoted, m.group(1), word.start(), end));
        }
        return List.copyOf(openers);
    }

    private static int countEscapes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\' && i + 1 < s.length()) {
                n++;
                i++;
            }
        }
        return n;
    }

    /** Shell-like words with quotes and backslash escapes kept raw (RawQuotes, RawEscapes). */
    static List<Piece> shellWords(String line) {
        List<Piece> words = new ArrayList<>();
        int pos = 0;
        int len = line.length();
        while (pos < len) {
            while (pos < len && isSpace(line.charAt(pos))) {
                pos++;
            }
            if (pos >= len) {
                break;
            }
            int start = pos;
            char quote = 0;
            while (pos < len) {
                char ch = line.charAt(pos);
                if (quote == 0 && isSpace(ch)) {
                    break;
                }
                if (ch == '\\' && quote != '\'' && pos + 1 < len) {
                    pos += 2;
                    continue;
                }
                if (quote == 0 && (ch == '\'' || ch == '"')) {
                    quote = ch;
                } else if (ch == quote) {
                    quote = 0;
                }
                pos++;
            }
            words.add(new Piece(line.substring(start, pos), start, pos));
        }
        return words;
    }

    /** Removes shell quotes and backslash escapes; null on an unbalanced quote. */
    static String unquote(String word) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (quote == 0) {
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                } else if (ch == '\\' && i + 1 < word.length()) {
                    out.append(word.charAt(++i));
                } else {
                    out.append(ch);
                }
            } else if (ch == quote) {
                quote = 0;
            } else if (quote == '"' && ch == '\\' && i + 1 < word.length()
                    && "\"\\$`".indexOf(word.charAt(i + 1)) >= 0) {
                out.append(word.charAt(++i));
            } else {
                out.append(ch);
            }
        }
        return quote == 0 ? out.toString() : null;
    }
}
