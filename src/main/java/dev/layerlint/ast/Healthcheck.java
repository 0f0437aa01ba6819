package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/** A HEALTHCHECK: {@code type} is {@code CMD}, {@code NONE} or what was written (null when bare); {@code command} follows CMD. */
public record Healthcheck(Keyword keyword, List<Flag> flags, Word type, Command command, Span span) implements Instruction {
    public Healthcheck {
        flags = List.copyOf(flags);
    }

    @Override
    public <R> R accept(InstructionVisitor<R> visitor) {
        return visitor.visitHealthcheck(this);
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
