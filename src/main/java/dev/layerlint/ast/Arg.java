package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/** An ARG with one or more declarations. */
public record Arg(Keyword keyword, List<Flag> flags, List<ArgDeclaration> declarations, Span span) implements Instruction {
    public Arg {
        flags = List.copyOf(flags);
        declarations = List.copyOf(declarations);
    }

    @Override
    public <R> R accept(InstructionVisitor<R> visitor) {
        return visitor.visitArg(this);
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
