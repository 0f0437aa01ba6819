package dev.layerlint.rule;

import dev.layerlint.fix.Fix;
import dev.layerlint.source.Span;
import java.util.List;

/**
 * One problem at an exact place, with a message that says what it means for
 * the build, and a fix when there is a sound one ({@code fix} may be null).
 * {@code aliases} are the other tools' codes this finding answers to (a
 * subset of the rule's, when one rule covers several hadolint codes: an
 * ignore of DL4003 then hides only the CMD findings); {@code redact} are
 * source ranges that hold a secret and are masked wherever source text is
 * shown.
 */
public record Finding(RuleInfo rule, Severity severity, String message, Span span, Fix fix, List<String> aliases,
                      List<Span> redact) {
    public Finding {
        aliases = aliases == null ? rule.aliases() : List.copyOf(aliases);
        redact = List.copyOf(redact);
    }

    public Finding(RuleInfo rule, Severity severity, String message, Span span, Fix fix) {
        this(rule, severity, message, span, fix, null, List.of());
    }

    public Finding(RuleInfo rule, Severity severity, String message, Span span) {
        this(rule, severity, message, span, null);
    }

    public Finding withRedactions(List<Span> spans) {
        return new Finding(rule, severity, message, span, fix, aliases, spans);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, message, span, fix, aliases, redact);
    }
}
