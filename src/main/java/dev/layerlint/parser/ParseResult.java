package dev.layerlint.parser;

import dev.layerlint.ast.Dockerfile;
import java.util.List;

/** The AST of everything that parsed, and the syntax errors found on the way. */
public record ParseResult(Dockerfile dockerfile, List<SyntaxError> errors) {
    public ParseResult {
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
