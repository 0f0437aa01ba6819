package dev.layerlint.ast;

import dev.layerlint.source.Span;

/**
 * A {@code --name[=value]} flag right after a keyword. {@code text} is the
 * flag as BuildKit reads it (quotes removed, backslash escapes applied);
 * {@code value} is null when there is no {@code =}.
 */
public record Flag(String text, String name, String value, Span span) implements Node {
    public boolean hasValue() {
        return value != null;
    }

    /** A boolean flag's value: bare or {@code =true} is true. */
    public boolean isTrue() {
        return value == null || value.equalsIgnoreCase("true");
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
