package dev.layerlint.source;

/**
 * A range of source text: offsets {@code [start, end)} into {@link SourceText#text()}
 * and the same range as 1-based lines and columns (the end column points just
 * past the last character, as in LSP and SARIF).
 */
public record Span(int start, int end, int startLine, int startColumn, int endLine, int endColumn) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** {@code line:col-line:col}, the compact form used in AST dumps. */
    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }

    // written out: the generated record methods are linked through invokedynamic at first use, which costs a
    // short-lived process more than comparing six ints
    @Override
    public boolean equals(Object other) {
        return other instanceof Span o && start == o.start && end == o.end && startLine == o.startLine
                && startColumn == o.startColumn && endLine == o.endLine && endColumn == o.endColumn;
    }

    @Override
    public int hashCode() {
        return ((start * 31 + end) * 31 + startLine) * 31 + startColumn;
    }
}
