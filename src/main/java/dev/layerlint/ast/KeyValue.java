package dev.layerlint.ast;

import dev.layerlint.source.Span;

/**
 * One {@code key=value} of ENV or LABEL, or the single pair of the legacy
 * {@code KEY value} form (then {@code value} is the raw rest of the line).
 */
public record KeyValue(Word key, Word value, Span span) implements Node {

    /** Identity: equal only to itself (a record compares every component, deeply, linked by indy). */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
