package dev.layerlint.ast;

import dev.layerlint.source.Span;

/** Anything in the AST: it knows where it is in the source. */
public interface Node {
    Span span();
}
