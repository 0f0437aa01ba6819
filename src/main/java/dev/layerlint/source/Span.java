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
}
