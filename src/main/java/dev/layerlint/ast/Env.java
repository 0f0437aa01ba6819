package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/** An ENV in the {@code k=v ...} form or the legacy {@code KEY value} form. */
public record Env(Keyword keyword, List<Flag> flags, List<KeyValue> pairs, boolean legacyForm, Span span) implements Instruction {
    public Env {
        flags = List.copyOf(flags);
        pairs = List.copyOf(pairs);
    }

    @Override
    public <R> R accept(InstructionVisitor<R> visitor) {
        return visitor.visitEnv(this);
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
