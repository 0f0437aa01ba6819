package dev.layerlint.parser;

import dev.layerlint.source.Span;

/** Something BuildKit would refuse to parse, at an exact place. */
public record SyntaxError(String message, Span span) {
}
