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
}
