package dev.layerlint.ast;

import dev.layerlint.source.LogicalText;
import dev.layerlint.source.Span;

/**
 * A shell-form command: the joined text of the logical line after the keyword
 * and flags (what BuildKit hands to the shell), with the map from each of its
 * characters back to the source.
 */
public record ShellForm(LogicalText logical, Span span) implements Command {
    public String text() {
        return logical.text();
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
