package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/** A RUN: shell or exec form, its heredocs and its parsed {@code --mount} flags. */
public record Run(Keyword keyword, List<Flag> flags, Command command, List<Heredoc> heredocs, List<Mount> mounts, Span span) implements Instruction {
    public Run {
        flags = List.copyOf(flags);
        heredocs = List.copyOf(heredocs);
        mounts = List.copyOf(mounts);
    }

    @Override
    public <R> R accept(InstructionVisitor<R> visitor) {
        return visitor.visitRun(this);
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
