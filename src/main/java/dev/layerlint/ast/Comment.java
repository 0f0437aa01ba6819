package dev.layerlint.ast;

import dev.layerlint.source.Span;

/**
 * A comment line. {@code text} is what follows the {@code #}, trimmed.
 * {@code inContinuation} marks comment lines inside a continued instruction
 * (BuildKit drops them from the instruction).
 */
public record Comment(String text, boolean inContinuation, Span span) implements Node {

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
