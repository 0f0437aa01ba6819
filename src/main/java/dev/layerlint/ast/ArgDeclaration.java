package dev.layerlint.ast;

import dev.layerlint.source.Span;

/** One {@code NAME} or {@code NAME=default} of an ARG; {@code defaultValue} is null without {@code =}. */
public record ArgDeclaration(Word name, Word defaultValue, Span span) implements Node {
    public boolean hasDefault() {
        return defaultValue != null;
    }

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
