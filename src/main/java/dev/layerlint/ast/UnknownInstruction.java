package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/** An instruction whose keyword BuildKit does not know; {@code arguments} is the rest of the line (null when none). */
public record UnknownInstruction(Keyword keyword, List<Flag> flags, Word arguments, Span span) implements Instruction {
    public UnknownInstruction {
        flags = List.copyOf(flags);
    }

    @Override
    public <R> R accept(InstructionVisitor<R> visitor) {
        return visitor.visitUnknownInstruction(this);
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
