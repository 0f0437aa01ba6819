package dev.layerlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BuildKit's two path matchers against one table (testdata/matchers/patterns.tsv):
 * the .dockerignore matcher ({@link DockerIgnore}) and the COPY/ADD source
 * matcher ({@link CopySource}, with and without {@code --parents}).
 */
class MatchersTableTest {

    record Row(int line, String pattern, String path, String ignore, String copy, String parents, String note) {
        @Override
        public String toString() {
            return "line " + line + ": " + pattern.replace("\n", "\\n") + " ~ " + path + " (" + note + ")";
        }
    }

    static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(Shared.projectDir().resolve("testdata/matchers/patterns.tsv"),
                StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String[] cells = lines.get(n).split("\t", -1);
            if (cells.length == 1 || cells[0].equals("pattern") && cells[1].equals("path")) {
                continue; // a comment, or the header
            }
            assertThat(cells).as("line %d has 6 columns", n + 1).hasSize(6);
            rows.add(new Row(n + 1, cells[0].replace("\\n", "\n"), cells[1], cells[2], cells[3], cells[4],
                    cells[5]));
        }
        return rows;
    }

    static Stream<Arguments> table() throws IOException {
        return rows().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void bothMatchersFollowTheTable(Row row) {
        if (!row.ignore().equals("-")) {
            assertThat(DockerIgnore.parse(row.pattern()).isExcluded(row.path()))
                    .as(".dockerignore excludes it").isEqualTo(yes(row.ignore()));
        }
        if (!row.copy().equals("-")) {
            assertThat(CopySource.of(row.pattern(), false, false).selects(row.path()))
                    .as("COPY selects it").isEqualTo(yes(row.copy()));
        }
        if (!row.parents().equals("-")) {
            assertThat(CopySource.of(row.pattern(), false, true).selects(row.path()))
                    .as("COPY --parents selects it").isEqualTo(yes(row.parents()));
        }
    }

    @Test
    void theTableExercisesBothMatchersAndWhereTheyDiffer() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThan(40);
        assertThat(rows).as("rows where the ignore and COPY matchers disagree")
                .anyMatch(r -> !r.copy().equals("-") && !r.ignore().equals("-") && !r.ignore().equals(r.copy()));
        assertThat(rows).as("rows where --parents changes the COPY matcher")
                .anyMatch(r -> !r.copy().equals("-") && !r.copy().equals(r.parents()));
    }

    /** COPY --exclude against its table (testdata/matchers/excludes.tsv), rows observed on Docker 28.5. */
    @Test
    void copyExcludeFollowsItsTable() throws IOException {
        List<String> lines = Files.readAllLines(Shared.projectDir().resolve("testdata/matchers/excludes.tsv"),
                StandardCharsets.UTF_8);
        int rows = 0;
        for (int n = 0; n < lines.size(); n++) {
            String[] cells = lines.get(n).split("\t", -1);
            if (lines.get(n).startsWith("#") || cells[0].equals("source")) {
                continue;
            }
            assertThat(cells).as("line %d has 5 columns", n + 1).hasSize(5);
            CopySource source = CopySource.of(cells[0], false, false).excluding(List.of(cells[1].split(" ")));
            assertThat(source.selects(cells[2])).as("line %d: COPY --exclude=%s %s reads %s (%s)", n + 1, cells[1],
                    cells[0], cells[2], cells[4]).isEqualTo(yes(cells[3]));
            rows++;
        }
        assertThat(rows).isGreaterThanOrEqualTo(10);
    }

    @Test
    void windowsPathsUseBackslashAsASeparator() {
        assertThat(CopySource.of("src\\app", true, false).path()).isEqualTo("src/app");
        assertThat(CopySource.of(".\\", true, false).isWholeContext()).isTrue();
        assertThat(CopySource.of("src\\*.cs", true, false).selects("src/a.cs")).isTrue();
        assertThat(CopySource.of("a\\*", false, false).hasWildcards()).as("elsewhere \\ escapes").isFalse();
    }

    private static boolean yes(String cell) {
        assertThat(cell).isIn("yes", "no");
        return cell.equals("yes");
    }
}
