package dev.layerlint.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        int rows = 0;
        boolean header = true;
        for (String line : Files.readAllLines(Shared.projectDir().resolve("testdata/vocab/volatile-args.tsv"),
                StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] col = line.split("\t", -1);
            assertThat(col).as(line).hasSize(3);
            rows++;
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
        assertThat(rows).isGreaterThan(30);
    }
}
