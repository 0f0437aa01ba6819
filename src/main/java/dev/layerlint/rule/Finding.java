package dev.layerlint.rule;

import dev.layerlint.source.Span;

/** One problem at an exact place, with a message that says what it means for the build. */
public record Finding(RuleInfo rule, Severity severity, String message, Span span) {
}
