package dev.layerlint.source;

/**
 * The text of one logical line (an instruction after line continuations are
 * joined and the comment and blank lines inside them dropped) together with
 * the source offset of each of its characters, so that any range of the
 * logical text maps back to an exact source span.
 */
public final class LogicalText {
    private final SourceText source;
    private final String text;
    private final int[] sourceOffsets;

    public LogicalText(SourceText source, String text, int[] sourceOffsets) {
        if (text.length() != sourceOffsets.length) {
            throw new IllegalArgumentException("offset map does not match text");
        }
        this.source = source;
        this.text = text;
        this.sourceOffsets = sourceOffsets;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public SourceText source() {
        return source;
    }

    /** Source offset of the logical character at {@code index} (or just past the end). */
    public int sourceOffset(int index) {
        if (index < sourceOffsets.length) {
            return sourceOffsets[index];
        }
        return sourceOffsets.length == 0 ? 0 : sourceOffsets[sourceOffsets.length - 1] + 1;
    }

    /** The source span covering logical characters {@code [from, to)}. */
    public Span span(int from, int to) {
        if (from >= to) {
            int at = sourceOffset(from);
            return source.span(at, at);
        }
        return source.span(sourceOffsets[from], sourceOffsets[to - 1] + 1);
    }

    public LogicalText sub(int from, int to) {
        int[] offsets = new int[to - from];
        System.arraycopy(sourceOffsets, from, offsets, 0, to - from);
        return new LogicalText(source, text.substring(from, to), offsets);
    }
}
