package dev.layerlint.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.parser.antlr.DockerfileLexer;
import java.nio.CharBuffer;
import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** The lexer's predicates and actions (DockerfileLexerBase), seen through the tokens they produce. */
class DockerfileLexerTest {

    private static String tokens(String text, char escape) {
        DockerfileLexer lexer = new DockerfileLexer(CodePointCharStream.fromBuffer(
                CodePointBuffer.withChars(CharBuffer.wrap(text.toCharArray()))));
        lexer.setSourceText(text);
        lexer.setEscapeChar(escape);
        List<? extends Token> all = lexer.getAllTokens();
        // argument text shows what it covers (blanks are part of it: a TEXT token runs to the next escape
        // or line end, so a long line is one token)
        return all.stream().map(t -> {
            String type = DockerfileLexer.VOCABULARY.getSymbolicName(t.getType());
            return t.getType() == DockerfileLexer.TEXT ? type + "[" + t.getText() + "]" : type;
        }).collect(Collectors.joining(" "));
    }

    @Test
    void escapeAtLineEndContinues() {
        assertThat(tokens("RUN a \\\n  b\n", '\\')).isEqualTo("KEYWORD TEXT[ a ] CONTINUATION TEXT[  b] NL");
    }

    @Test
    void blanksAfterTheEscapeStillContinue() {
        assertThat(tokens("RUN a \\  \t\nb\n", '\\')).isEqualTo("KEYWORD TEXT[ a ] CONTINUATION TEXT[b] NL");
    }

    @Test
    void escapedEscapeAtLineEndDoesNotContinue() {
        assertThat(tokens("ENV A=x\\\\\nENV B=y\n", '\\'))
                .isEqualTo("KEYWORD TEXT[ A=x] ESCAPED NL KEYWORD TEXT[ B=y] NL");
    }

    @Test
    void threeEscapesDoNotContinueEither() {
        // BuildKit's documented quirk: the character before the last escape is an escape (an odd run of
        // escapes before the line end is one token, so the instruction ends there)
        assertThat(tokens("RUN a\\\\\\\nRUN b\n", '\\')).isEqualTo("KEYWORD TEXT[ a] ESCAPED NL KEYWORD TEXT[ b] NL");
    }

    @Test
    void runsOfEscapesBeforeTheLineEnd() {
        // even runs are escaped escapes; odd runs of three or more do not continue (the quirk above)
        assertThat(tokens("RUN a\\\\\nRUN b\n", '\\')).isEqualTo("KEYWORD TEXT[ a] ESCAPED NL KEYWORD TEXT[ b] NL");
        assertThat(tokens("RUN a\\\\\\\\\\ \nRUN b\n", '\\'))
                .isEqualTo("KEYWORD TEXT[ a] ESCAPED NL KEYWORD TEXT[ b] NL");
        assertThat(tokens("RUN a `` `\nb\n", '`')).isEqualTo("KEYWORD TEXT[ a ] ESCAPED TEXT[ ] CONTINUATION TEXT[b] NL");
        // an escape and blanks at the very end of the input continue into nothing
        assertThat(tokens("RUN a \\  ", '\\')).isEqualTo("KEYWORD TEXT[ a ] CONTINUATION");
    }

    @Test
    void backtickIsTheEscapeOnlyWhenChosen() {
        assertThat(tokens("RUN a `\nb\n", '`')).isEqualTo("KEYWORD TEXT[ a ] CONTINUATION TEXT[b] NL");
        assertThat(tokens("RUN a `\nb\n", '\\')).isEqualTo("KEYWORD TEXT[ a `] NL KEYWORD NL");
        assertThat(tokens("COPY a C:\\\n", '`')).isEqualTo("KEYWORD TEXT[ a C:\\] NL");
    }

    @Test
    void commentAndBlankLinesInsideAContinuationAreSetAside() {
        // the continuation token swallows them: they are not part of the instruction
        assertThat(tokens("RUN a \\\n# note\n\n   \n  b\n", '\\'))
                .isEqualTo("KEYWORD TEXT[ a ] CONTINUATION TEXT[  b] NL");
        assertThat(tokens("RUN a \\\n  # last line of the file", '\\'))
                .isEqualTo("KEYWORD TEXT[ a ] CONTINUATION LAST_COMMENT");
        assertThat(tokens("RUN echo # not a comment", '\\'))
                .isEqualTo("KEYWORD TEXT[ echo # not a comment]");
    }

    @Test
    void continuationAtEndOfInput() {
        assertThat(tokens("RUN a \\", '\\')).isEqualTo("KEYWORD TEXT[ a ] CONTINUATION");
    }

    @Test
    void hashInsideArgumentsIsText() {
        assertThat(tokens("RUN echo '# not a comment'\n", '\\'))
                .isEqualTo("KEYWORD TEXT[ echo '# not a comment'] NL");
    }

    @Test
    void heredocBodyRunsToItsTerminator() {
        assertThat(tokens("RUN <<EOF\nFROM x\nEOF\nRUN b\n", '\\'))
                .isEqualTo("KEYWORD TEXT[ <<EOF] NL HEREDOC_LINE HEREDOC_END KEYWORD TEXT[ b] NL");
    }

    @Test
    void chompedTerminatorMayBeIndentedWithTabs() {
        assertThat(tokens("RUN <<-EOF\n\tx\n\tEOF\n", '\\')).isEqualTo("KEYWORD TEXT[ <<-EOF] NL HEREDOC_LINE HEREDOC_END");
        // without '-', a tab-indented terminator is body text
        assertThat(tokens("RUN <<EOF\n\tEOF\nEOF\n", '\\')).isEqualTo("KEYWORD TEXT[ <<EOF] NL HEREDOC_LINE HEREDOC_END");
    }

    @Test
    void terminatorWithTrailingTextIsBody() {
        assertThat(tokens("RUN <<EOF\nEOF \nEOFX\nEOF", '\\'))
                .isEqualTo("KEYWORD TEXT[ <<EOF] NL HEREDOC_LINE HEREDOC_LINE HEREDOC_END");
    }

    @Test
    void twoHeredocsTakeTheirBodiesInOrder() {
        assertThat(tokens("COPY <<A <<B /d/\na\nA\nb\nB\n", '\\'))
                .isEqualTo("KEYWORD TEXT[ <<A <<B /d/] NL HEREDOC_LINE HEREDOC_END HEREDOC_LINE HEREDOC_END");
    }

    @Test
    void noHeredocForOtherInstructionsOrExecForm() {
        assertThat(tokens("USER <<X\nRUN a\n", '\\')).isEqualTo("KEYWORD TEXT[ <<X] NL KEYWORD TEXT[ a] NL");
        assertThat(tokens("RUN [\"<<EOF\"]\nRUN a\n", '\\')).isEqualTo("KEYWORD TEXT[ [\"<<EOF\"]] NL KEYWORD TEXT[ a] NL");
    }

    @Test
    void commentLineAfterAnInstructionIsAComment() {
        assertThat(tokens("FROM a\n  # note\n", '\\')).isEqualTo("KEYWORD TEXT[ a] NL INDENT COMMENT NEWLINE");
    }

    // ---- CRLF: a line ends at \n with the CRs right before it (BuildKit trims "\r\n" from the right of every
    // line); a CR anywhere else is text

    /** LF inputs that reach every rule of the lexer that meets a line end. */
    private static final List<String> LINE_END_CASES = List.of(
            "FROM a\nRUN b\n",
            "FROM a\n\n   \n# note\n  # indented\nRUN b\n",
            "RUN a \\\n  b\n",
            "RUN a \\  \t\nb\n",
            "RUN a \\\n# note\n\n   \n  # indented note\n  b\n",
            "RUN a \\\n  # last line of the file",
            "RUN a \\\n  # last line of the file\n",
            "RUN a \\",
            "RUN a \\\n",
            "ENV A=x\\\\\nENV B=y\n",
            "RUN a\\\\\\\nRUN b\n",
            "\\\nRUN a\n",
            "RUN <<EOF\nFROM x\nEOF\nRUN b\n",
            "RUN <<-EOF\n\tx\n\tEOF\n",
            "RUN <<EOF\nEOF \nEOFX\nEOF",
            "COPY <<A <<B /d/\na\nA\nb\nB\n",
            "RUN <<EOF \\\n  && echo\nbody\nEOF\n",
            "FROM a");

    @Test
    void crlfLexesAsLf() {
        for (String lf : LINE_END_CASES) {
            String crlf = lf.replace("\n", "\r\n");
            assertThat(tokens(crlf, '\\')).as("%s", crlf).isEqualTo(tokens(lf, '\\'));
            String bt = lf.replace('\\', '`');
            assertThat(tokens(bt.replace("\n", "\r\n"), '`')).as("%s", bt).isEqualTo(tokens(bt, '`'));
        }
    }

    @Test
    void crlfCommentLineInsideAContinuationIsSetAside() {
        // issue #14: the comment line used to end at its \r, the next line became an instruction
        assertThat(tokens("RUN apt-get update && \\\r\n    # a comment\r\n    apt-get install -y curl\r\n", '\\'))
                .isEqualTo("KEYWORD TEXT[ apt-get update && ] CONTINUATION TEXT[    apt-get install -y curl] NL");
        assertThat(tokens("RUN a `\r\n# note\r\n\r\n \t\r\n  b\r\n", '`'))
                .isEqualTo("KEYWORD TEXT[ a ] CONTINUATION TEXT[  b] NL");
    }

    @Test
    void crsBeforeTheLineFeedAreAllPartOfTheLineEnd() {
        assertThat(tokens("RUN a\r\r\nRUN b\r\n", '\\')).isEqualTo("KEYWORD TEXT[ a] NL KEYWORD TEXT[ b] NL");
        assertThat(tokens("RUN a \\\r\r\n# c\r\r\n b\n", '\\')).isEqualTo("KEYWORD TEXT[ a ] CONTINUATION TEXT[ b] NL");
        assertThat(tokens("RUN <<EOF\r\nx\r\nEOF\r\r\nRUN b\n", '\\'))
                .isEqualTo("KEYWORD TEXT[ <<EOF] NL HEREDOC_LINE HEREDOC_END KEYWORD TEXT[ b] NL");
    }

    @Test
    void crsAtTheEndOfTheInputEndTheLine() {
        assertThat(tokens("FROM a\r", '\\')).isEqualTo("KEYWORD TEXT[ a] NL");
        assertThat(tokens("RUN a \\\r", '\\')).isEqualTo("KEYWORD TEXT[ a ] CONTINUATION");
        assertThat(tokens("RUN a `\r\r", '`')).isEqualTo("KEYWORD TEXT[ a ] CONTINUATION");
        assertThat(tokens("RUN a \\\r\n  # last\r", '\\')).isEqualTo("KEYWORD TEXT[ a ] CONTINUATION LAST_COMMENT");
        assertThat(tokens("\\\r", '\\')).isEqualTo("LEADING_CONTINUATION");
        // a heredoc terminator on the last line, with a CR and no LF (BuildKit trims it)
        assertThat(tokens("RUN <<EOF\r\nx\r\nEOF\r", '\\')).isEqualTo("KEYWORD TEXT[ <<EOF] NL HEREDOC_LINE HEREDOC_END");
        assertThat(tokens("# note\r", '\\')).isEqualTo("COMMENT INDENT");
    }

    @Test
    void loneCrIsText() {
        // BuildKit splits lines at \n only: a CR inside a line is a character of it (a word separator for the
        // argument splitters, see LineSyntax)
        assertThat(tokens("RUN a\rb\r\n", '\\')).isEqualTo("KEYWORD TEXT[ a] OTHER TEXT[b] NL");
        assertThat(tokens("RUN a \\\r b\r\n", '\\')).isEqualTo("KEYWORD TEXT[ a ] OTHER OTHER TEXT[ b] NL");
        assertThat(tokens("# a\rb\r\nFROM x\r\n", '\\')).isEqualTo("COMMENT NEWLINE KEYWORD TEXT[ x] NL");
        assertThat(tokens("RUN a \\\r\n# x\ry\r\nb\r\n", '\\')).isEqualTo("KEYWORD TEXT[ a ] CONTINUATION TEXT[b] NL");
        assertThat(tokens("RUN <<EOF\r\nEOF\rX\r\nEOF\r\n", '\\'))
                .isEqualTo("KEYWORD TEXT[ <<EOF] NL HEREDOC_LINE HEREDOC_END");
    }
}
