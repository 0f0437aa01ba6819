package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/** An ENTRYPOINT; {@code command} is null for a bare {@code ENTRYPOINT}. */
public record Entrypoint(Keyword keyword, List<Flag> flags, Command command, Span span) implements Instruction {
    public Entrypoint {
        flags = List.copyOf(flags);
    }

    @Override
    public <R> R accept(InstructionVisitor<R> visitor) {
        return visitor.visitEntrypoint(this);
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
