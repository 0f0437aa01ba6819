package dev.layerlint.ast;

import dev.layerlint.source.Span;

/** A parser directive ({@code # syntax=}, {@code # escape=}, {@code # check=}) from the leading block. */
public record Directive(String name, String value, Span span, Span valueSpan) implements Node {

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
