package dev.layerlint.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.testing.Shared;
import dev.layerlint.testing.TestFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which build arguments change per build and which are there to bust the
 * cache, table-driven from testdata/vocab/volatile-args.tsv (the one
 * vocabulary of bust intent is {@link VolatileArgs#bustIntent}).
 */
class VolatileArgsTest {

    @Test
    void everyRowOfTheTable() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String[]> table = TestFiles.tableRows(Shared.projectDir().resolve("testdata/vocab/volatile-args.tsv"), 3);
        for (String[] col : table) {
            String bust = VolatileArgs.bustIntent(col[0]) ? "yes" : "-";
            if (!bust.equals(col[1])) {
                problems.add(col[0] + ": bust intent expected " + col[1] + ", got " + bust);
            }
            VolatileArgs.Reason reason = VolatileArgs.defaults().classify(col[0], null);
            String what = reason == null ? "-" : reason.what();
            if (!what.equals(col[2])) {
                problems.add(col[0] + ": reason expected " + col[2] + ", got " + what);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(table).hasSizeGreaterThan(30);
    }
}
