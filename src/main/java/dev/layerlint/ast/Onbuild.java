package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/** An ONBUILD; {@code trigger} is the wrapped instruction (null when missing). */
public record Onbuild(Keyword keyword, List<Flag> flags, Instruction trigger, Span span) implements Instruction {
    public Onbuild {
        flags = List.copyOf(flags);
    }

    @Override
    public <R> R accept(InstructionVisitor<R> visitor) {
        return visitor.visitOnbuild(this);
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
