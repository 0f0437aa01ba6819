package dev.layerlint.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.ast.Run;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.parser.Parser;
import dev.layerlint.source.SourceText;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What RunEffects knows of a RUN, against testdata/cache/run-effects.tsv. */
class RunEffectsTableTest {

    record Row(int line, String workdir, String script, String writes, String reads, String variables, String note) {
        @Override
        public String toString() {
            return "line " + line + ": " + script + " (" + note + ")";
        }
    }

    static Stream<Arguments> table() throws IOException {
        List<String> lines = Files.readAllLines(Shared.projectDir().resolve("testdata/cache/run-effects.tsv"),
                StandardCharsets.UTF_8);
        List<Arguments> rows = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String[] c = lines.get(n).split("\t", -1);
            if (c.length == 1 || c[0].equals("workdir")) {
                continue; // a comment, or the header
            }
            assertThat(c).as("line %d has 6 columns", n + 1).hasSize(6);
            rows.add(Arguments.of(new Row(n + 1, c[0], c[1], c[2], c[3], c[4], c[5])));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void effectsFollowTheTable(Row row) {
        SemanticModel model = SemanticModel.build(Parser.parse(SourceText.of("Dockerfile",
                "FROM scratch\nRUN " + row.script() + "\n")).dockerfile(), Map.of(), null);
        Run run = (Run) model.stages().get(0).instructions().get(0);
        RunEffects effects = RunEffects.of(model, run, row.workdir());
        if (row.writes().equals("unknown")) {
            assertThat(effects).as("unknown").isNull();
            return;
        }
        assertThat(effects).as("known").isNotNull();
        assertThat(effects.writes()).containsExactlyElementsOf(words(row.writes()));
        assertThat(effects.reads()).containsExactlyElementsOf(words(row.reads()));
        assertThat(effects.variables()).containsExactlyInAnyOrderElementsOf(words(row.variables()));
    }

    private static List<String> words(String cell) {
        return cell.equals("-") ? List.of() : Arrays.asList(cell.split(" "));
    }
}
