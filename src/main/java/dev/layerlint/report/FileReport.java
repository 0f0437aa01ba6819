package dev.layerlint.report;

import dev.layerlint.rule.Finding;
import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceText;
import java.util.List;

/**
 * What one input produced: its findings, or the reason it could not be read
 * ({@code inputError} set, {@code source} null).
 */
public record FileReport(String path, SourceText source, List<Finding> findings, InputException inputError) {
    public FileReport {
        findings = List.copyOf(findings);
    }

    public static FileReport unreadable(InputException error) {
        return new FileReport(error.path(), null, List.of(), error);
    }
}
