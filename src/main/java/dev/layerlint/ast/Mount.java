package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;
import java.util.Locale;

/**
 * A {@code RUN --mount=...} specification: its type (default {@code bind})
 * and its CSV options in order, keys lower-cased.
 */
public record Mount(String type, List<Option> options, Span span) implements Node {
    public Mount {
        options = List.copyOf(options);
    }

    /** One {@code key[=value]} of a mount; value is null for a bare key ({@code ro}). */
    public record Option(String key, String value) {
    }

    /** The value of the first option with this key (or one of its aliases), or null. */
    public String option(String... keys) {
        for (Option option : options) {
            for (String key : keys) {
                if (option.key().equals(key.toLowerCase(Locale.ROOT))) {
                    return option.value() == null ? "" : option.value();
                }
            }
        }
        return null;
    }

    /** The mount target ({@code target}, {@code dst} or {@code destination}). */
    public String target() {
        return option("target", "dst", "destination");
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
