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
}
