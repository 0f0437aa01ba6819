package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/** A CMD; {@code command} is null for a bare {@code CMD}. */
public record Cmd(Keyword keyword, List<Flag> flags, Command command, Span span) implements Instruction {
    public Cmd {
        flags = List.copyOf(flags);
    }

    @Override
    public <R> R accept(InstructionVisitor<R> visitor) {
        return visitor.visitCmd(this);
    }
}
