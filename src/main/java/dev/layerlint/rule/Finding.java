package dev.layerlint.rule;

import dev.layerlint.fix.Fix;
import dev.layerlint.source.Span;

/**
 * One problem at an exact place, with a message that says what it means for
 * the build, and a fix when there is a sound one ({@code fix} may be null).
 */
public record Finding(RuleInfo rule, Severity severity, String message, Span span, Fix fix) {
    public Finding(RuleInfo rule, Severity severity, String message, Span span) {
        this(rule, severity, message, span, null);
    }
}
