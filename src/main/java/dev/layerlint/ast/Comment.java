package dev.layerlint.ast;

import dev.layerlint.source.Span;

/**
 * A comment line. {@code text} is what follows the {@code #}, trimmed.
 * {@code inContinuation} marks comment lines inside a continued instruction
 * (BuildKit drops them from the instruction).
 */
public record Comment(String text, boolean inContinuation, Span span) implements Node {
}
