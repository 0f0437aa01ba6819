package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/** A WORKDIR; {@code argument} is the rest of the line (null when missing). */
public record Workdir(Keyword keyword, List<Flag> flags, Word argument, Span span) implements Instruction {
    public Workdir {
        flags = List.copyOf(flags);
    }

    @Override
    public <R> R accept(InstructionVisitor<R> visitor) {
        return visitor.visitWorkdir(this);
    }
}
