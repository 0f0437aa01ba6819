package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/** An EXPOSE with its port words. */
public record Expose(Keyword keyword, List<Flag> flags, List<Word> ports, Span span) implements Instruction {
    public Expose {
        flags = List.copyOf(flags);
        ports = List.copyOf(ports);
    }

    @Override
    public <R> R accept(InstructionVisitor<R> visitor) {
        return visitor.visitExpose(this);
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
