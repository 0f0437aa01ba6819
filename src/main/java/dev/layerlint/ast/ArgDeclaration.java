package dev.layerlint.ast;

import dev.layerlint.source.Span;

/** One {@code NAME} or {@code NAME=default} of an ARG; {@code defaultValue} is null without {@code =}. */
public record ArgDeclaration(Word name, Word defaultValue, Span span) implements Node {
    public boolean hasDefault() {
        return defaultValue != null;
    }
}
