package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/** A CMD; {@code command} is null for a bare {@code CMD}. */
public record Cmd(Keyword keyword, List<Flag> flags, Command command, Span span) implements Instruction {
    public Cmd {
        flags = List.copyOf(flags);
    }

    @Override
    public <R> R accept(InstructionVisitor<R> visitor) {
        return visitor.visitCmd(this);
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
