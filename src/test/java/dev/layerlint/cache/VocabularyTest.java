package dev.layerlint.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellParser;
import dev.layerlint.shell.ShellScript;
import dev.layerlint.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The package-manager vocabulary, table-driven from testdata/vocab/commands.tsv:
 * for each command line, which manager it is, its distribution, whether it
 * installs, updates the index or upgrades, installs from manifests alone,
 * the program's cache directory, whether it disables the cache, and what
 * the cost model calls it.
 */
class VocabularyTest {
    private static final Path TABLE = Path.of("testdata/vocab/commands.tsv");

    @Test
    void everyRowOfTheTable() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String[]> table = TestFiles.tableRows(TABLE, 10);
        for (String[] col : table) {
            ShellScript script = ShellParser.parse(col[0]);
            assertThat(script.commands()).as(col[0]).hasSize(1);
            ShellCommand c = script.commands().get(0);
            Ecosystem e = Ecosystem.ofProgram(c);
            check(problems, col[0], "manager", col[1], e == null ? "-" : e.label());
            check(problems, col[0], "distribution", col[2], e == null || e.distribution() == null ? "-"
                    : e.distribution());
            check(problems, col[0], "installs", col[3], yes(Ecosystem.installing(c) != null));
            check(problems, col[0], "index", col[4], yes(Ecosystem.updatingIndex(c) != null));
            check(problems, col[0], "upgrades", col[5], yes(Ecosystem.upgrading(c) != null));
            check(problems, col[0], "manifest-only", col[6], yes(Ecosystem.installing(c) != null
                    && Ecosystem.installsFromManifestOnly(c, Ecosystem.installing(c))));
            List<String> dirs = Ecosystem.cacheDirs(Ecosystem.programOf(c));
            check(problems, col[0], "cache-dir", col[7], dirs.isEmpty() ? "-" : dirs.get(0));
            check(problems, col[0], "no-cache", col[8], yes(Ecosystem.disablesCache(c)));
            String cost = CacheModel.expensiveWork(script);
            check(problems, col[0], "cost", col[9].strip(), cost == null ? "-" : cost.strip());
        }
        assertThat(problems).isEmpty();
        assertThat(table).hasSizeGreaterThan(30);
    }

    /** testdata/vocab/windows-commands.tsv: cmd and PowerShell lines, read in their dialect, and their cost. */
    @Test
    void windowsScriptsOfTheTable() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String[]> table = TestFiles.tableRows(Path.of("testdata/vocab/windows-commands.tsv"), 4);
        for (String[] col : table) {
            ShellScript script = ShellParser.parse(col[1], ShellScript.Dialect.valueOf(col[0]));
            assertThat(script.isPosix()).isFalse();
            assertThat(script.commands()).as(col[1]).isNotEmpty();
            check(problems, col[1], "program", col[2], script.commands().get(0).program());
            String cost = CacheModel.expensiveWork(script);
            check(problems, col[1], "cost", col[3].strip(), cost == null ? "-" : cost.strip());
        }
        assertThat(problems).isEmpty();
        assertThat(table).hasSizeGreaterThan(15);
    }

    @Test
    void systemManagersHaveADistributionAndAnIndexUpdate() {
        for (Ecosystem e : Ecosystem.values()) {
            assertThat(e.isSystemPackageManager()).as(e.label()).isEqualTo(e.distribution() != null);
            assertThat(e.indexUpdateVerbs().isEmpty()).as(e.label()).isEqualTo(!e.isSystemPackageManager());
            assertThat(e.cacheDirs()).as(e.label()).isNotEmpty();
        }
    }

    private static String yes(boolean b) {
        return b ? "yes" : "-";
    }

    private static void check(List<String> problems, String command, String column, String expected, String actual) {
        if (!expected.equals(actual)) {
            problems.add(command + ": " + column + " expected " + expected + ", got " + actual);
        }
    }
}
