package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/** A COPY: sources and destination (the last word), exec form or not, heredoc sources. */
public record Copy(Keyword keyword, List<Flag> flags, List<Word> sources, Word destination, boolean execForm, List<Heredoc> heredocs, Span span) implements Instruction {
    public Copy {
        flags = List.copyOf(flags);
        sources = List.copyOf(sources);
        heredocs = List.copyOf(heredocs);
    }

    @Override
    public <R> R accept(InstructionVisitor<R> visitor) {
        return visitor.visitCopy(this);
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
