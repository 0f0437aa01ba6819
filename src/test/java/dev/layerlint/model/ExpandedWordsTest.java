package dev.layerlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Word;
import dev.layerlint.parser.Parser;
import dev.layerlint.source.SourceText;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words BuildKit expands, per instruction (research buildkit.md A.11): one row per instruction. */
class ExpandedWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "COPY --from=build --chown=$U --chmod=$M --exclude=$X $A $B /dst/ | $U ; $M ; $A ; $B ; /dst/",
        "ADD --checksum=sha256:$SUM --chown=$U https://x/$F /dst/        | sha256:$SUM ; $U ; https://x/$F ; /dst/",
        "ENV $K=$V OTHER=1                                               | $K ; $V ; OTHER ; 1",
        "LABEL $K=$V                                                     | $K ; $V",
        "ARG $NAME=$DEFAULT NODEFAULT                                    | $DEFAULT",
        "WORKDIR $DIR                                                    | $DIR",
        "USER $USER                                                      | $USER",
        "STOPSIGNAL $SIG                                                 | $SIG",
        "VOLUME $A $B                                                    | $A ; $B",
        "VOLUME [\"$A\"]                                             | $A",
        "EXPOSE $PORTS                                                   | $PORTS",
        "RUN --mount=type=cache,target=$T,from=$F,id=$I echo $X         | cache ; $T ; $I",
        "CMD echo $X                                                     | ",
        "ENTRYPOINT [\"$X\"]                                         | ",
        "MAINTAINER $X                                                   | ",
        "FROM --platform=$P $IMAGE AS $S                                 | ",
        "ONBUILD COPY $A /b/                                             | ",
        "RUN --network=$N --security=$S echo $X                          | ",
    })
    void listsWhatBuildKitExpands(String instruction, String expected) {
        var file = Parser.parse(SourceText.of("Dockerfile", "FROM scratch\n" + instruction + "\n")).dockerfile();
        Instruction i = file.instructions().get(1);
        List<String> words = ExpandedWords.of(i).stream().map(Word::text).toList();
        assertThat(words).isEqualTo(expected == null ? List.of() : List.of(expected.split(" ; ")));
    }
}
