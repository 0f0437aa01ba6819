package dev.layerlint.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.parser.antlr.DockerfileLexer;
import dev.layerlint.parser.antlr.DockerfileParser;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The generated parser uses the lexer's token numbers (a stale parser would misread every token), and the
 * grammar's keywords are the instruction table's.
 */
class GrammarVocabularyTest {
    @Test
    void parserAndLexerAgreeOnTokenTypes() {
        for (int type = 1; type <= DockerfileLexer.VOCABULARY.getMaxTokenType(); type++) {
            assertThat(DockerfileParser.VOCABULARY.getSymbolicName(type))
                    .as("token type %d; regenerate the grammar with mvn clean", type)
                    .isEqualTo(DockerfileLexer.VOCABULARY.getSymbolicName(type));
        }
    }

    /**
     * The lexer reads any first word as KEYWORD and leaves keywords to InstructionSyntax; a grammar that
     * gave some keywords tokens of their own would keep a second list, so it must give all of them or none.
     */
    @Test
    void grammarKeywordsAreTheTables() {
        Set<String> inGrammar = new TreeSet<>();
        for (int type = 1; type <= DockerfileLexer.VOCABULARY.getMaxTokenType(); type++) {
            for (String name : new String[] {DockerfileLexer.VOCABULARY.getSymbolicName(type),
                DockerfileLexer.VOCABULARY.getLiteralName(type)}) {
                String word = name == null ? "" : name.replace("'", "").toUpperCase(Locale.ROOT);
                if (InstructionSyntax.isKnown(word)) {
                    inGrammar.add(word);
                }
            }
        }
        assertThat(inGrammar.isEmpty() || inGrammar.equals(new TreeSet<>(InstructionSyntax.KEYWORDS)))
                .as("keyword tokens in DockerfileLexer.g4: %s; InstructionSyntax: %s", inGrammar,
                        InstructionSyntax.KEYWORDS)
                .isTrue();
    }
}
