package dev.layerlint.source;

import java.util.Arrays;

/**
 * The decoded text of one Dockerfile with a line index.
 *
 * <p>Offsets are indices into {@link #text()} (UTF-16 code units, the BOM
 * excluded). Lines and columns are 1-based; a column counts UTF-16 code units,
 * which is what SARIF and most editors use. A line ends before its {@code \n}
 * and before the {@code \r}s directly preceding it (or preceding the end of
 * the text), as BuildKit trims {@code "\r\n"} from the right of every line: a
 * CRLF file has the lines and columns of its LF twin. A {@code \r} anywhere
 * else is a character of the line.
 */
public final class SourceText {
    private final String path;
    private final String text;
    private final boolean bom;
    private final int[] lineStarts;

    public SourceText(String path, String text, boolean bom) {
        this.path = path;
        this.text = text;
        this.bom = bom;
        // indexOf, not a charAt loop: it is an intrinsic, and this runs on every file before anything is warm
        int[] starts = new int[Math.max(16, text.length() / 32)];
        int count = 1;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = nl + 1;
        }
        this.lineStarts = count == starts.length ? starts : Arrays.copyOf(starts, count);
    }

    public static SourceText of(String path, String text) {
        boolean bom = !text.isEmpty() && text.charAt(0) == '\uFEFF';
        return new SourceText(path, bom ? text.substring(1) : text, bom);
    }

    /** The name the user knows this file by (a path as given, or the stdin name). */
    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    public boolean hasBom() {
        return bom;
    }

    public int length() {
        return text.length();
    }

    /** Number of lines; a file ending in a newline has an empty last line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of an offset (an offset at a line's {@code \n} belongs to that line). */
    public int lineOf(int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        return idx >= 0 ? idx + 1 : -idx - 1;
    }

    /** 1-based column of an offset. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Offset just past the last character of a 1-based line, before its line end ({@code \r}s and {@code \n}). */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        int start = lineStarts[line - 1];
        while (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /** The text of a 1-based line without its line terminator. */
    public String line(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    public Span span(int start, int end) {
        return new Span(start, end, lineOf(start), columnOf(start), lineOf(end), columnOf(end));
    }

    public String slice(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** Whether most line breaks are CRLF (used to keep line endings when rewriting). */
    public boolean usesCrlf() {
        int crlf = 0;
        int lf = 0;
        for (int i = 1; i < lineStarts.length; i++) {
            int nl = lineStarts[i] - 1;
            if (nl > 0 && text.charAt(nl - 1) == '\r') {
                crlf++;
            } else {
                lf++;
            }
        }
        return crlf > lf;
    }
}
