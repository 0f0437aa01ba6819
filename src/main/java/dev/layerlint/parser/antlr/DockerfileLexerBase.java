package dev.layerlint.parser.antlr;

import dev.layerlint.parser.LineSyntax;
import dev.layerlint.parser.LineSyntax.HeredocOpener;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * The predicates and actions of {@code DockerfileLexer.g4}, each a single call
 * from the grammar. Holds the state the grammar cannot: the active escape
 * character, the text of the instruction being read, and the heredocs whose
 * bodies follow it.
 *
 * <p>Predicates run with the input positioned just after the last character
 * matched so far ({@code _input.index()}); the token started at
 * {@code _tokenStartCharIndex}. The char stream holds UTF-16 code units, so
 * indices are indices into {@link #text}.
 */
public abstract class DockerfileLexerBase extends Lexer {
    private String text = "";
    private char escape = '\\';
    private final StringBuilder logicalLine = new StringBuilder();
    private final ArrayDeque<HeredocOpener> pendingHeredocs = new ArrayDeque<>();
    private int argsMode = -1;
    private int argsBacktickMode = -1;
    private int heredocMode = -1;
    private int heredocEndType = -1;

    protected DockerfileLexerBase(CharStream input) {
        super(input);
    }

    /** The whole input as a string (the same code units the char stream holds). */
    public void setSourceText(String text) {
        this.text = text;
    }

    /** The escape character chosen by the {@code # escape=} directive. */
    public void setEscapeChar(char escape) {
        this.escape = escape;
    }

    private int argsMode() {
        if (argsMode < 0) {
            argsMode = Arrays.asList(getModeNames()).indexOf("ARGS");
            argsBacktickMode = Arrays.asList(getModeNames()).indexOf("ARGS_BT");
            heredocMode = Arrays.asList(getModeNames()).indexOf("HEREDOC");
        }
        return argsMode;
    }

    private int position() {
        return _input.index();
    }

    private char charAt(int index) {
        return index >= 0 && index < text.length() ? text.charAt(index) : '\0';
    }

    // ---- predicates

    protected boolean atEndOfInput() {
        return _input.LA(1) == IntStream.EOF;
    }

    /**
     * The token is the escape character, optional blanks, then the end of the
     * line (or of the input), and the character before it is not itself the
     * escape character (BuildKit's {@code ([^\\])\\[ \t]*$|^\\[ \t]*$}).
     * The comment and blank lines the token goes on to swallow are BuildKit's
     * too (they are dropped from a continued instruction).
     */
    protected boolean isLineContinuation() {
        int start = _tokenStartCharIndex;
        if (charAt(start) != escape) {
            return false;
        }
        if (start > 0 && charAt(start - 1) == escape) {
            return false;
        }
        int pos = position();
        return charAt(pos - 1) == '\n' || atEndOfInput();
    }

    /**
     * The token is a {@code #} comment filling the last line of the input,
     * which continues an instruction (we are in ARGS at a line that only
     * blanks precede).
     */
    protected boolean isLastLineComment() {
        if (!atEndOfInput()) {
            return false;
        }
        for (int i = _tokenStartCharIndex - 1; i >= 0 && charAt(i) != '\n'; i--) {
            char c = charAt(i);
            if (c != ' ' && c != '\t' && c != '\f' && c != '\u000B' && c != '\r') {
                return false;
            }
        }
        return _tokenStartCharIndex > 0;
    }

    // ---- actions

    /** An instruction's arguments begin: the argument mode of the active escape character. */
    protected void pushArgs() {
        argsMode();
        pushMode(escape == '`' ? argsBacktickMode : argsMode);
    }

    /** End of an instruction's logical line: leave ARGS, and enter HEREDOC if bodies follow. */
    protected void endInstruction() {
        // no "<<", no heredoc: most instructions never become a string here
        String line = logicalLine.indexOf("<<") < 0 ? "" : logicalLine.toString();
        logicalLine.setLength(0);
        popMode();
        pendingHeredocs.clear();
        List<HeredocOpener> openers;
        try {
            openers = line.isEmpty() ? List.of() : LineSyntax.heredocOpeners(line, escape);
        } catch (IllegalArgumentException e) {
            // malformed opener: reported by the AST builder, no bodies are read
            openers = List.of();
        }
        if (!openers.isEmpty()) {
            pendingHeredocs.addAll(openers);
            argsMode();
            pushMode(heredocMode);
        }
    }

    /**
     * A heredoc body line was read. If it is the current heredoc's
     * terminator (the whole line, less its line end and, for {@code <<-},
     * leading tabs), it becomes a HEREDOC_END token and the next heredoc's
     * body, or the next instruction, follows. The line end is BuildKit's:
     * every {@code \r} and {@code \n} at the end of the line
     * ({@code bytes.TrimRight(line, "\r\n")}), so {@code EOF\r\n} closes
     * {@code <<EOF}, and so does {@code EOF\r} at the end of the input.
     */
    protected void heredocLine() {
        HeredocOpener current = pendingHeredocs.peek();
        if (current == null || !isTerminator(current)) {
            return;
        }
        setType(heredocEndType());
        pendingHeredocs.poll();
        if (pendingHeredocs.isEmpty()) {
            popMode();
        }
    }

    private boolean isTerminator(HeredocOpener heredoc) {
        int start = _tokenStartCharIndex;
        int end = lineContentEnd(start, position());
        if (heredoc.chomp()) {
            while (start < end && charAt(start) == '\t') {
                start++;
            }
        }
        String name = heredoc.name();
        return end - start == name.length() && text.startsWith(name, start);
    }

    /** The end of a line's text in {@code [start, end)}: before the CRs and LF that end it. */
    private int lineContentEnd(int start, int end) {
        while (end > start && (charAt(end - 1) == '\n' || charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    private int heredocEndType() {
        if (heredocEndType < 0) {
            heredocEndType = getTokenTypeMap().get("HEREDOC_END");
        }
        return heredocEndType;
    }

    @Override
    public void emit(Token token) {
        super.emit(token);
        if (token.getChannel() == Token.DEFAULT_CHANNEL && (_mode == argsMode() || _mode == argsBacktickMode)) {
            logicalLine.append(text, token.getStartIndex(), token.getStopIndex() + 1);
        }
    }

    @Override
    public void reset() {
        super.reset();
        logicalLine.setLength(0);
        pendingHeredocs.clear();
    }
}
