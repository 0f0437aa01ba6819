package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/** A MAINTAINER (deprecated); {@code argument} is the rest of the line (null when missing). */
public record Maintainer(Keyword keyword, List<Flag> flags, Word argument, Span span) implements Instruction {
    public Maintainer {
        flags = List.copyOf(flags);
    }

    @Override
    public <R> R accept(InstructionVisitor<R> visitor) {
        return visitor.visitMaintainer(this);
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
