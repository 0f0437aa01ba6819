package dev.layerlint.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A tolerant POSIX-shell reader for RUN scripts: words with quotes and
 * escapes, {@code && || ; | &} and newlines between commands, {@code ( )}
 * and {@code { }} groups and compound-command keywords seen through,
 * {@code $(...)}, {@code ${...}} and backticks kept opaque inside their word,
 * redirections set apart (with inner heredoc bodies skipped), comments
 * dropped, and {@code sh -c '...'} looked into. It never fails: what it
 * cannot read stays in the nearest word.
 *
 * <p>A line break is {@code \n} and the {@code \r}s before it: a heredoc
 * script from a CRLF Dockerfile keeps its CRLF (the body is raw), and is read
 * as the script its author wrote, the same as its LF twin.
 *
 * <p>A cmd or PowerShell script ({@link #parse(String, ShellScript.Dialect)})
 * is read by the same loop with that shell's words: a backslash is a path
 * separator, not an escape; PowerShell escapes with a backtick and quotes
 * with {@code '} and {@code "}; cmd escapes with {@code ^}, quotes with
 * {@code "} only and expands {@code %NAME%} (a dynamic word). {@code sh -c}
 * strings are not looked into there.
 */
public final class ShellParser {
    private static final Set<String> PREFIX_KEYWORDS = Set.of("if", "then", "else", "elif", "do", "while", "until",
            "!", "{", "(", "time");
    private static final Set<String> END_KEYWORDS = Set.of("fi", "done", "esac", "}", ")");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh");

    private final String s;
    private final ShellScript.Dialect dialect;
    private int pos;
    private final List<ShellCommand> commands = new ArrayList<>();
    private final List<String> pendingHeredocs = new ArrayList<>();
    private boolean skipped;
    private int subshell;
    private boolean condition;

    private ShellParser(String s, ShellScript.Dialect dialect) {
        this.s = s;
        this.dialect = dialect;
    }

    public static ShellScript parse(String script) {
        return parse(script, ShellScript.Dialect.POSIX);
    }

    /** A script of a POSIX shell, cmd or PowerShell. */
    public static ShellScript parse(String script, ShellScript.Dialect dialect) {
        ShellParser p = new ShellParser(script, dialect);
        p.run();
        return new ShellScript(script, p.commands, p.skipped, dialect);
    }

    private boolean posix() {
        return dialect == ShellScript.Dialect.POSIX;
    }

    /** The character that escapes the next one (and joins lines): {@code \\}, PowerShell's backtick, cmd's caret. */
    private char escape() {
        return switch (dialect) {
            case POSIX -> '\\';
            case POWERSHELL -> '`';
            case CMD -> '^';
        };
    }

    private void run() {
        String connector = "";
        while (true) {
            skipBlanks();
            if (pos >= s.length()) {
                return;
            }
            char c = s.charAt(pos);
            if (c == '\n') {
                pos++;
                skipPendingHeredocs();
                connector = connector.isEmpty() || connector.equals("|") ? ";" : connector;
                if (!connector.equals("&&") && !connector.equals("||")) {
                    connector = ";";
                }
                continue;
            }
            if (c == '#') {
                skipComment();
                continue;
            }
            String op = operator();
            if (op != null) {
                if (op.equals("(")) {
                    subshell++;
                } else if (op.equals(")")) {
                    subshell = Math.max(0, subshell - 1);
                } else {
                    connector = op;
                }
                continue;
            }
            connector = command(connector);
        }
    }

    /** Reads one simple command; returns the connector for the next one. */
    private String command(String connector) {
        List<ShellWord> assignments = new ArrayList<>();
        List<ShellWord> words = new ArrayList<>();
        List<ShellWord> redirects = new ArrayList<>();
        int start = pos;
        int end = pos;
        boolean skippingCase = false;
        while (true) {
            skipBlanks();
            if (pos >= s.length()) {
                break;
            }
            char c = s.charAt(pos);
            if (c == '\n' || c == ';' || c == '&' || c == '|' || c == ')' || (c == '(' && words.isEmpty())) {
                if (skippingCase && c != '\n') {
                    pos++;
                    continue;
                }
                if (skippingCase) {
                    pos++;
                    continue;
                }
                break;
            }
            if (c == '#' && (pos == 0 || Character.isWhitespace(s.charAt(pos - 1)))) {
                skipComment();
                continue;
            }
            if (isRedirect()) {
                redirects.add(redirect());
                end = pos;
                continue;
            }
            ShellWord word = word();
            end = word.end();
            if (skippingCase) {
                if (word.value().equals("esac")) {
                    skippingCase = false;
                }
                continue;
            }
            if (words.isEmpty() && isAssignment(word.raw())) {
                assignments.add(word);
                continue;
            }
            if (words.isEmpty() && !word.quoted() && PREFIX_KEYWORDS.contains(word.value())) {
                switch (word.value()) {
                    case "if", "elif", "while", "until" -> condition = true;
                    case "then", "do", "else" -> condition = false;
                    default -> { }
                }
                start = pos;
                continue;
            }
            if (words.isEmpty() && !word.quoted() && END_KEYWORDS.contains(word.value())) {
                start = pos;
                continue;
            }
            if (words.isEmpty() && !word.quoted() && word.value().equals("case")) {
                skippingCase = true;
                skipped = true;
                continue;
            }
            if (words.isEmpty() && !word.quoted() && word.value().equals("for")) {
                skipUntilDo();
                start = pos;
                continue;
            }
            words.add(word);
        }
        if (!words.isEmpty() || !assignments.isEmpty()) {
            ShellCommand command = new ShellCommand(assignments, words, redirects, connector, start, end, subshell,
                    condition);
            commands.add(command);
            lookInside(command);
        }
        return connector;
    }

    /** {@code sh -c 'script'}: the script's commands too, with offsets into this script. */
    private void lookInside(ShellCommand command) {
        if (!posix() || !SHELLS.contains(command.program())) {
            return;
        }
        List<ShellWord> args = command.args();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).isFlag() && args.get(i).value().contains("c") && !args.get(i).value().startsWith("--")) {
                ShellWord script = args.get(i + 1);
                if (script.dynamic()) {
                    return;
                }
                int offset = script.raw().startsWith("'") || script.raw().startsWith("\"")
                        ? script.start() + 1 : script.start();
                ShellScript inner = ShellParser.parse(script.value());
                skipped |= inner.skipsParts();
                for (ShellCommand c : inner.commands()) {
                    commands.add(shift(c, offset, command));
                }
                return;
            }
        }
    }

    /** A command of an {@code sh -c} string: moved to its place in this script, one subshell deeper than its runner. */
    private static ShellCommand shift(ShellCommand c, int by, ShellCommand runner) {
        return new ShellCommand(shiftAll(c.assignments(), by), shiftAll(c.words(), by), shiftAll(c.redirects(), by),
                c.connector(), c.start() + by, c.end() + by, runner.subshell() + 1 + c.subshell(),
                runner.condition() || c.condition());
    }

    private static List<ShellWord> shiftAll(List<ShellWord> words, int by) {
        List<ShellWord> out = new ArrayList<>();
        for (ShellWord w : words) {
            out.add(new ShellWord(w.raw(), w.value(), w.start() + by, w.end() + by, w.quoted(), w.dynamic()));
        }
        return out;
    }

    private void skipUntilDo() {
        while (pos < s.length()) {
            skipBlanks();
            if (pos >= s.length()) {
                return;
            }
            char c = s.charAt(pos);
            if (c == ';' || c == '\n') {
                pos++;
                continue;
            }
            ShellWord w = word();
            if (w.value().equals("do")) {
                return;
            }
        }
    }

    private String operator() {
        if (s.startsWith("&&", pos) || s.startsWith("||", pos) || s.startsWith(";;", pos)) {
            String op = s.substring(pos, pos + 2);
            pos += 2;
            return op.equals(";;") ? ";" : op;
        }
        char c = s.charAt(pos);
        if (c == ';' || c == '|' || c == '&' || c == '(' || c == ')') {
            pos++;
            return String.valueOf(c);
        }
        return null;
    }

    private boolean isRedirect() {
        int p = pos;
        while (p < s.length() && Character.isDigit(s.charAt(p))) {
            p++;
        }
        if (p < s.length() && (s.charAt(p) == '>' || s.charAt(p) == '<')) {
            return true;
        }
        return s.startsWith("&>", pos);
    }

    private ShellWord redirect() {
        int start = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
            pos++;
        }
        boolean heredoc = s.startsWith("<<", pos) && !s.startsWith("<<<", pos);
        boolean chomp = s.startsWith("<<-", pos);
        while (pos < s.length() && "<>&|-".indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
        skipBlanks();
        ShellWord target = pos < s.length() && !Character.isWhitespace(s.charAt(pos)) ? word() : null;
        if (heredoc && target != null) {
            pendingHeredocs.add((chomp ? "-" : "") + target.value());
        }
        String raw = s.substring(start, pos);
        return new ShellWord(raw, target == null ? "" : target.value(), start, pos, false,
                target != null && target.dynamic());
    }

    /** After a newline: skip the bodies of heredocs opened on the line before. */
    private void skipPendingHeredocs() {
        for (String delimiter : pendingHeredocs) {
            boolean chomp = delimiter.startsWith("-");
            String name = chomp ? delimiter.substring(1) : delimiter;
            while (pos < s.length()) {
                int eol = s.indexOf('\n', pos);
                String line = s.substring(pos, eol < 0 ? s.length() : eol);
                pos = eol < 0 ? s.length() : eol + 1;
                while (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                if ((chomp ? withoutLeadingTabs(line) : line).equals(name)) {
                    break;
                }
            }
        }
        pendingHeredocs.clear();
    }

    private ShellWord word() {
        int start = pos;
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean dynamic = false;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (Character.isWhitespace(c) || c == ';' || c == '&' || c == '|' || c == '<' || c == '>'
                    || (c == ')' && value.length() > 0) || c == ')') {
                break;
            }
            if (c == escape()) {
                int next = lineBreakEnd(pos + 1);
                if (next >= 0) {
                    pos = next; // line continuation inside a heredoc script
                    continue;
                }
                if (pos + 1 < s.length()) {
                    value.append(s.charAt(pos + 1));
                }
                pos = Math.min(s.length(), pos + 2); // a backslash that ends the script escapes nothing
                continue;
            }
            if (c == '\'' && dialect != ShellScript.Dialect.CMD) {
                quoted = true;
                int close = s.indexOf('\'', pos + 1);
                int endQ = close < 0 ? s.length() : close;
                value.append(s, pos + 1, endQ);
                pos = close < 0 ? s.length() : close + 1;
                continue;
            }
            if (c == '"') {
                quoted = true;
                pos++;
                while (pos < s.length() && s.charAt(pos) != '"') {
                    char d = s.charAt(pos);
                    if (d == escape() && dialect != ShellScript.Dialect.CMD && lineBreakEnd(pos + 1) >= 0) {
                        pos = lineBreakEnd(pos + 1);
                        continue;
                    }
                    if (d == escape() && dialect == ShellScript.Dialect.POWERSHELL && pos + 1 < s.length()) {
                        value.append(s.charAt(pos + 1));
                        pos += 2;
                        continue;
                    }
                    if (d == '%' && percentVariable(pos) > 0) {
                        dynamic = true;
                    }
                    if (d == '\\' && posix() && pos + 1 < s.length() && "\"\\$`".indexOf(s.charAt(pos + 1)) >= 0) {
                        value.append(s.charAt(pos + 1));
                        pos += 2;
                        continue;
                    }
                    if (d == '$' && dialect != ShellScript.Dialect.CMD || d == '`' && posix()) {
                        dynamic = true;
                        int e = skipExpansion();
                        value.append(s, pos, e);
                        pos = e;
                        continue;
                    }
                    value.append(d);
                    pos++;
                }
                pos = Math.min(s.length(), pos + 1);
                continue;
            }
            if (c == '%' && percentVariable(pos) > 0) {
                int e = percentVariable(pos);
                dynamic = true;
                value.append(s, pos, e);
                pos = e;
                continue;
            }
            if (c == '$' && dialect != ShellScript.Dialect.CMD || c == '`' && posix()) {
                int e = skipExpansion();
                if (e > pos + 1 || c == '`') {
                    dynamic = true;
                }
                value.append(s, pos, e);
                pos = e;
                continue;
            }
            value.append(c);
            pos++;
        }
        if (pos == start) {
            pos++; // never stall on a character no rule takes
            return new ShellWord(s.substring(start, pos), s.substring(start, pos), start, pos, false, false);
        }
        return new ShellWord(s.substring(start, pos), value.toString(), start, pos, quoted, dynamic);
    }

    /** At {@code %} in a cmd script: the end of a {@code %NAME%} expansion, or -1. */
    private int percentVariable(int p) {
        if (dialect != ShellScript.Dialect.CMD) {
            return -1;
        }
        int i = p + 1;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
                || s.charAt(i) == '(' || s.charAt(i) == ')')) {
            i++;
        }
        return i > p + 1 && i < s.length() && s.charAt(i) == '%' ? i + 1 : -1;
    }

    /** At {@code $} or a backtick: the end of the expansion ({@code $x ${...} $(...) `...`}). */
    private int skipExpansion() {
        int p = pos;
        char c = s.charAt(p);
        if (c == '`') {
            int close = s.indexOf('`', p + 1);
            return close < 0 ? s.length() : close + 1;
        }
        if (p + 1 >= s.length()) {
            return p + 1;
        }
        char n = s.charAt(p + 1);
        if (n == '(' || n == '{') {
            char open = n;
            char close = n == '(' ? ')' : '}';
            int depth = 0;
            for (int i = p + 1; i < s.length(); i++) {
                char d = s.charAt(i);
                if (d == '\\') {
                    i++;
                } else if (d == '\'' && open == '(') {
                    int q = s.indexOf('\'', i + 1);
                    i = q < 0 ? s.length() : q;
                } else if (d == open) {
                    depth++;
                } else if (d == close && --depth == 0) {
                    return i + 1;
                }
            }
            return s.length();
        }
        int i = p + 1;
        if (Character.isLetter(n) || n == '_') {
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            return i;
        }
        if (Character.isDigit(n) || "@*#?-$!".indexOf(n) >= 0) {
            return i + 1;
        }
        return p + 1;
    }

    private void skipBlanks() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == escape() && lineBreakEnd(pos + 1) >= 0) {
                pos = lineBreakEnd(pos + 1);
            } else {
                return;
            }
        }
    }

    /** Where the line break ({@code \r*\n}) at {@code p} ends, or -1 when there is none at {@code p}. */
    private int lineBreakEnd(int p) {
        while (p < s.length() && s.charAt(p) == '\r') {
            p++;
        }
        return p < s.length() && s.charAt(p) == '\n' ? p + 1 : -1;
    }

    private void skipComment() {
        while (pos < s.length() && s.charAt(pos) != '\n') {
            pos++;
        }
    }

    /**
     * A word is an assignment when it starts with an unquoted name and {@code =}; the value may be quoted
     * ({@code DEBIAN_FRONTEND="noninteractive" apt-get ...}).
     */
    static boolean isAssignment(String raw) {
        if (raw.isEmpty() || !(Character.isLetter(raw.charAt(0)) && raw.charAt(0) < 128 || raw.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '=') {
                return true;
            }
            if (!(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return false;
    }

    private static String withoutLeadingTabs(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == '\t') {
            i++;
        }
        return line.substring(i);
    }
}
