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
    private int heredocMode = -1;

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

    protected boolean atLineStart() {
        return _tokenStartCharIndex == 0 || charAt(_tokenStartCharIndex - 1) == '\n';
    }

    protected boolean atEndOfInput() {
        return _input.LA(1) == IntStream.EOF;
    }

    /**
     * The token is the escape character, optional blanks, then the end of the
     * line (or of the input), and the character before it is not itself the
     * escape character (BuildKit's {@code ([^\\])\\[ \t]*$|^\\[ \t]*$}).
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

    /** The token starts with the active escape character. */
    protected boolean isEscapeSequence() {
        return charAt(_tokenStartCharIndex) == escape;
    }

    /** The token is a whole line equal to the current heredoc's terminator. */
    protected boolean isHeredocTerminator() {
        HeredocOpener current = pendingHeredocs.peek();
        if (current == null) {
            return false;
        }
        int pos = position();
        boolean lineComplete = charAt(pos - 1) == '\n' || atEndOfInput();
        if (!lineComplete) {
            return false;
        }
        int start = _tokenStartCharIndex;
        int end = pos;
        if (charAt(end - 1) == '\n') {
            end--;
            if (end > start && charAt(end - 1) == '\r') {
                end--;
            }
        }
        if (current.chomp()) {
            while (start < end && charAt(start) == '\t') {
                start++;
            }
        }
        String name = current.name();
        return end - start == name.length() && text.startsWith(name, start);
    }

    // ---- actions

    /** End of an instruction's logical line: leave ARGS, and enter HEREDOC if bodies follow. */
    protected void endInstruction() {
        String line = logicalLine.toString();
        logicalLine.setLength(0);
        popMode();
        pendingHeredocs.clear();
        List<HeredocOpener> openers;
        try {
            openers = LineSyntax.heredocOpeners(line, escape);
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

    /** A heredoc terminator was read: go on with the next heredoc, or back to instructions. */
    protected void endHeredoc() {
        pendingHeredocs.poll();
        if (pendingHeredocs.isEmpty()) {
            popMode();
        }
    }

    @Override
    public void emit(Token token) {
        super.emit(token);
        if (token.getChannel() == Token.DEFAULT_CHANNEL && _mode == argsMode()) {
            logicalLine.append(token.getText());
        }
    }

    @Override
    public void reset() {
        super.reset();
        logicalLine.setLength(0);
        pendingHeredocs.clear();
    }
}
