package dev.layerlint.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.layerlint.parser.LineSyntax.CommandLine;
import dev.layerlint.parser.LineSyntax.HeredocOpener;
import dev.layerlint.parser.LineSyntax.JsonArray;
import dev.layerlint.parser.LineSyntax.NotJson;
import dev.layerlint.parser.LineSyntax.NotStrings;
import dev.layerlint.parser.LineSyntax.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BuildKit's line-level argument syntax, with the raw ranges each piece keeps. */
class LineSyntaxTest {

    private static List<String> texts(List<Piece> pieces) {
        return pieces.stream().map(Piece::text).toList();
    }

    @Test
    void flagsEndAtTheFirstNonFlagWord() {
        CommandLine cmd = LineSyntax.splitCommand("RUN --mount=type=cache,target=/x --network=none apt-get --yes");
        assertThat(cmd.keyword().text()).isEqualTo("RUN");
        assertThat(texts(cmd.flags())).containsExactly("--mount=type=cache,target=/x", "--network=none");
        assertThat("RUN --mount=type=cache,target=/x --network=none apt-get --yes".substring(cmd.argsStart()))
                .isEqualTo("apt-get --yes");
    }

    @Test
    void quotesInFlagsGroupAndAreRemoved() {
        String line = "RUN --mount=\"type=cache,id=a b\" x";
        CommandLine cmd = LineSyntax.splitCommand(line);
        assertThat(texts(cmd.flags())).containsExactly("--mount=type=cache,id=a b");
        Piece flag = cmd.flags().get(0);
        assertThat(line.substring(flag.start(), flag.end())).isEqualTo("--mount=\"type=cache,id=a b\"");
    }

    @Test
    void doubleDashEndsFlagsAndIsDropped() {
        CommandLine cmd = LineSyntax.splitCommand("COPY --link -- --file /dst");
        assertThat(texts(cmd.flags())).containsExactly("--link");
        assertThat("COPY --link -- --file /dst".substring(cmd.argsStart())).isEqualTo("--file /dst");
    }

    @Test
    void jsonArrayOfStringsIsExecForm() {
        String s = "[ \"a\", \"b\\u00e9\" ]";
        assertThat(LineSyntax.parseJson(s, 0, s.length())).isInstanceOfSatisfying(JsonArray.class,
                a -> assertThat(texts(a.elements())).containsExactly("a", "b\u00e9"));
    }

    @Test
    void invalidJsonFallsBackButNonStringsAreErrors() {
        for (String s : List.of("['a']", "[\"a\"", "[\"a\"] x", "[\"c:\\windows\"]", "echo [\"a\"]")) {
            assertThat(LineSyntax.parseJson(s, 0, s.length())).as(s).isInstanceOf(NotJson.class);
        }
        for (String s : List.of("[1]", "[\"a\", [\"b\"]]", "[null]", "[{\"a\": 1}]", "[true]")) {
            assertThat(LineSyntax.parseJson(s, 0, s.length())).as(s).isInstanceOf(NotStrings.class);
        }
    }

    @Test
    void wordsKeepQuotesAndEscapes() {
        String s = "a=\"x y\" b=c\\ d e='f g'";
        assertThat(texts(LineSyntax.words(s, 0, s.length(), '\\')))
                .containsExactly("a=\"x y\"", "b=c\\ d", "e='f g'");
        assertThat(texts(LineSyntax.words("a=`\"b c`\"", 0, 9, '`'))).containsExactly("a=`\"b", "c`\"");
    }

    @Test
    void heredocOpenersWithQuotesChompAndFd() {
        List<HeredocOpener> openers = LineSyntax.heredocOpeners("RUN <<-'EOT' cat 3<<\"X\" <<plain", '\\');
        assertThat(openers).extracting(HeredocOpener::name).containsExactly("EOT", "X", "plain");
        assertThat(openers).extracting(HeredocOpener::chomp).containsExactly(true, false, false);
        assertThat(openers).extracting(HeredocOpener::expand).containsExactly(false, false, true);
        assertThat(openers).extracting(HeredocOpener::fd).containsExactly("", "3", "");
    }

    @Test
    void notHeredocs() {
        assertThat(LineSyntax.heredocOpeners("RUN cat <<<here", '\\')).isEmpty();
        assertThat(LineSyntax.heredocOpeners("RUN a<<EOF", '\\')).isEmpty();
        assertThat(LineSyntax.heredocOpeners("RUN echo \"<<EOF\"", '\\')).isEmpty();
        assertThat(LineSyntax.heredocOpeners("ENV A=<<EOF", '\\')).isEmpty();
        assertThat(LineSyntax.heredocOpeners("COPY [\"<<EOF\", \"/x\"]", '\\')).isEmpty();
    }

    @Test
    void onbuildWrapsHeredocInstructions() {
        assertThat(LineSyntax.heredocOpeners("ONBUILD RUN <<EOF", '\\')).hasSize(1);
        assertThat(LineSyntax.heredocOpeners("ONBUILD LABEL a=<<EOF", '\\')).isEmpty();
    }

    @Test
    void unbalancedQuoteInOpenerIsAnError() {
        assertThatThrownBy(() -> LineSyntax.heredocOpeners("RUN <<'EOF", '\\'))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
