package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/** A VOLUME with its paths (exec form or whitespace-separated). */
public record Volume(Keyword keyword, List<Flag> flags, List<Word> paths, boolean execForm, Span span) implements Instruction {
    public Volume {
        flags = List.copyOf(flags);
        paths = List.copyOf(paths);
    }

    @Override
    public <R> R accept(InstructionVisitor<R> visitor) {
        return visitor.visitVolume(this);
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
