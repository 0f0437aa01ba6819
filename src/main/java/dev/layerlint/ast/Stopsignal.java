package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/** A STOPSIGNAL; {@code argument} is the rest of the line (null when missing). */
public record Stopsignal(Keyword keyword, List<Flag> flags, Word argument, Span span) implements Instruction {
    public Stopsignal {
        flags = List.copyOf(flags);
    }

    @Override
    public <R> R accept(InstructionVisitor<R> visitor) {
        return visitor.visitStopsignal(this);
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
