package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import dev.layerlint.cli.ExitPolicy.FailOn;
import dev.layerlint.cli.ExitPolicy.FileOutcome;
import dev.layerlint.rule.Severity;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


class ExitPolicyTest {
    private static List<Severity> severities(String list) {
        return list.isBlank() ? List.of() : Arrays.stream(list.split(" ")).map(Severity::valueOf).toList();
    }

    /** One file: threshold, its findings, whether it was unreadable, --exit-zero; the exit code. */
    @ParameterizedTest(name = "fail-on {0}, findings [{1}], unreadable {2}, exit-zero {3} -> {4}")
    @CsvSource(delimiter = '|', value = {
        "WARNING |                 | false | false | 0",
        "WARNING | INFO STYLE      | false | false | 0",
        "WARNING | WARNING         | false | false | 1",
        "WARNING | ERROR           | false | false | 1",
        "ERROR   | WARNING INFO    | false | false | 0",
        "ERROR   | ERROR           | false | false | 1",
        "INFO    | INFO            | false | false | 1",
        "STYLE   | STYLE           | false | false | 1",
        "INFO    | STYLE           | false | false | 0",
        "NONE    | ERROR           | false | false | 0",
        "WARNING | ERROR           | false | true  | 0",
        "WARNING |                 | true  | false | 2",
        "NONE    |                 | true  | false | 2",
        "WARNING | ERROR           | true  | true  | 2",
    })
    void oneFile(FailOn threshold, String findings, boolean unreadable, boolean exitZero, int expected) {
        List<FileOutcome> files = List.of(new FileOutcome(unreadable, threshold,
                severities(findings == null ? "" : findings)));
        assertThat(ExitPolicy.exitCode(files, exitZero)).isEqualTo(expected);
    }

    /** Each file is held to its own threshold (per-folder configuration), and any unreadable file makes it 2. */
    @Test
    void severalFiles() {
        FileOutcome warningUnderError = new FileOutcome(false, FailOn.ERROR, List.of(Severity.WARNING));
        assertThat(ExitPolicy.exitCode(List.of(warningUnderError,
                new FileOutcome(false, FailOn.INFO, List.of(Severity.INFO))), false)).isEqualTo(1);
        assertThat(ExitPolicy.exitCode(List.of(warningUnderError,
                new FileOutcome(false, FailOn.INFO, List.of(Severity.STYLE))), false)).isEqualTo(0);
        assertThat(ExitPolicy.exitCode(List.of(new FileOutcome(false, FailOn.WARNING, List.of()),
                new FileOutcome(true, FailOn.WARNING, List.of())), false)).isEqualTo(2);
        assertThat(ExitPolicy.exitCode(List.of(), false)).isEqualTo(0);
    }
}
