package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.Locale;

/** An instruction's keyword as written ({@code run}, {@code Run}, {@code RUN}). */
public record Keyword(String text, Span span) implements Node {
    /** The keyword in upper case, the form rules compare against. */
    public String name() {
        return text.toUpperCase(Locale.ROOT);
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
