package dev.layerlint.report;

import dev.layerlint.rule.Finding;
import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceText;
import java.nio.file.Path;
import java.util.List;

/**
 * What one input produced: its findings, or the reason it could not be read
 * ({@code inputError} set, {@code source} null). {@code path} is the path as
 * the user gave it (what people and editors read); {@code file} is the file
 * it names, absolute and normalized (what code hosts need to place a result),
 * or null when the input has no name (standard input without
 * {@code --stdin-filename}).
 */
public record FileReport(String path, Path file, SourceText source, List<Finding> findings,
        InputException inputError) {
    public FileReport {
        findings = List.copyOf(findings);
        file = file == null ? null : file.toAbsolutePath().normalize();
    }

    /** A report whose path names no known file: placed by its display path only. */
    public FileReport(String path, SourceText source, List<Finding> findings, InputException inputError) {
        this(path, null, source, findings, inputError);
    }

    public static FileReport unreadable(InputException error, Path file) {
        return new FileReport(error.path(), file, null, List.of(), error);
    }

    public static FileReport unreadable(InputException error) {
        return unreadable(error, null);
    }
}
