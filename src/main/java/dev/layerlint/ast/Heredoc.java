package dev.layerlint.ast;

import dev.layerlint.source.Span;

/**
 * A here-document of RUN, COPY or ADD.
 *
 * @param name        the terminator word, quotes removed
 * @param chomp       {@code <<-}: leading tabs are stripped from body lines
 * @param expand      false when any part of the name was quoted (no variable expansion in the body)
 * @param fd          the file-descriptor prefix ({@code 3<<EOF}), empty if none
 * @param opener      the {@code <<NAME} word on the instruction line
 * @param body        the body lines, raw, each with its line terminator
 * @param bodySpan    where the body is (empty span at the body start when there is no line)
 * @param terminator  the terminator line, or null when the file ends first
 */
public record Heredoc(String name, boolean chomp, boolean expand, String fd, Span opener, String body,
                      Span bodySpan, Span terminator) implements Node {
    @Override
    public Span span() {
        return bodySpan;
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
