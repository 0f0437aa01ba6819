package dev.layerlint.ast;

import dev.layerlint.source.Span;

/** A parser directive ({@code # syntax=}, {@code # escape=}, {@code # check=}) from the leading block. */
public record Directive(String name, String value, Span span, Span valueSpan) implements Node {
}
