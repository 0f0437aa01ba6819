package dev.layerlint.cli;

import dev.layerlint.rule.Severity;
import java.util.List;

/**
 * {@code check}'s exit code: 2 when an input could not be read (neither
 * --exit-zero nor --fail-on none hides it), else 1 when a finding is at or
 * above its file's --fail-on threshold and --exit-zero is not given, else 0.
 */
final class ExitPolicy {
    enum FailOn {
        ERROR, WARNING, INFO, STYLE, NONE;

        boolean fails(Severity severity) {
            return this != NONE && severity.atLeast(Severity.valueOf(name()));
        }
    }

    /** One input's outcome: whether it was unreadable, its threshold and the severities of its findings. */
    record FileOutcome(boolean unreadable, FailOn threshold, List<Severity> severities) {
    }

    private ExitPolicy() {
    }

    static int exitCode(List<FileOutcome> files, boolean exitZero) {
        boolean unreadable = false;
        boolean failing = false;
        for (FileOutcome file : files) {
            unreadable |= file.unreadable();
            for (Severity severity : file.severities()) {
                failing |= file.threshold().fails(severity);
            }
        }
        if (unreadable) {
            return ExitCodes.ERROR;
        }
        return failing && !exitZero ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
