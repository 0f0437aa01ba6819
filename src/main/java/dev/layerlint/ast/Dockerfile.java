package dev.layerlint.ast;

import dev.layerlint.source.SourceText;
import java.util.List;

/**
 * A parsed Dockerfile: its directives, comments and instructions in source
 * order, and the escape character in force.
 */
public record Dockerfile(SourceText source, char escapeChar, List<Directive> directives, List<Comment> comments,
                         List<Instruction> instructions) {
    public Dockerfile {
        directives = List.copyOf(directives);
        comments = List.copyOf(comments);
        instructions = List.copyOf(instructions);
    }

    /** The directive with this (lower-case) name, or null. */
    public Directive directive(String name) {
        for (Directive directive : directives) {
            if (directive.name().equals(name)) {
                return directive;
            }
        }
        return null;
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
