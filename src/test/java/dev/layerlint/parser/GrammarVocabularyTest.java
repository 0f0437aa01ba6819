package dev.layerlint.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.parser.antlr.DockerfileLexer;
import dev.layerlint.parser.antlr.DockerfileParser;
import org.junit.jupiter.api.Test;

/** The generated parser uses the lexer's token numbers (a stale parser would misread every token). */
class GrammarVocabularyTest {
    @Test
    void parserAndLexerAgreeOnTokenTypes() {
        for (int type = 1; type <= DockerfileLexer.VOCABULARY.getMaxTokenType(); type++) {
            assertThat(DockerfileParser.VOCABULARY.getSymbolicName(type))
                    .as("token type %d; regenerate the grammar with mvn clean", type)
                    .isEqualTo(DockerfileLexer.VOCABULARY.getSymbolicName(type));
        }
    }
}
