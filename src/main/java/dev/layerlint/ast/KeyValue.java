package dev.layerlint.ast;

import dev.layerlint.source.Span;

/**
 * One {@code key=value} of ENV or LABEL, or the single pair of the legacy
 * {@code KEY value} form (then {@code value} is the raw rest of the line).
 */
public record KeyValue(Word key, Word value, Span span) implements Node {
}
