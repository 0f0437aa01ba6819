package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/** An exec-form (JSON array) command; each argument is a decoded JSON string. */
public record ExecForm(List<Word> arguments, Span span) implements Command {
    public ExecForm {
        arguments = List.copyOf(arguments);
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
