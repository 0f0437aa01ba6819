package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/** A SHELL (exec form is required; a shell form is kept and reported). */
public record Shell(Keyword keyword, List<Flag> flags, Command command, Span span) implements Instruction {
    public Shell {
        flags = List.copyOf(flags);
    }

    @Override
    public <R> R accept(InstructionVisitor<R> visitor) {
        return visitor.visitShell(this);
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
