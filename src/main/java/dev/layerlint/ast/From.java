package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/**
 * A {@code FROM [--platform=P] image [AS name]}; {@code stageName} and
 * {@code asWord} are null without {@code AS}; {@code image} is null for a
 * FROM without arguments (a syntax error).
 */
public record From(Keyword keyword, List<Flag> flags, Word image, Word asWord, Word stageName, Span span) implements Instruction {
    public From {
        flags = List.copyOf(flags);
    }

    @Override
    public <R> R accept(InstructionVisitor<R> visitor) {
        return visitor.visitFrom(this);
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
