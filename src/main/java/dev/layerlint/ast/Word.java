package dev.layerlint.ast;

import dev.layerlint.source.Span;

/**
 * One argument word. {@code text} is the word as BuildKit's parser keeps it:
 * line continuations removed, quotes and escapes still in place (they are
 * removed during variable expansion); for exec-form (JSON) arguments it is
 * the decoded JSON string. {@code span} covers the word in the source.
 */
public record Word(String text, Span span) implements Node {

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
