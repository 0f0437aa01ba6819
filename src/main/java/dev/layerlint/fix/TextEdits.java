package dev.layerlint.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies non-overlapping edits to a text. */
public final class TextEdits {
    private TextEdits() {
    }

    /** The text with the edits applied; edits must not overlap (callers drop conflicting fixes first). */
    public static String apply(String text, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int pos = 0;
        for (Edit e : sorted) {
            if (e.start() < pos) {
                throw new IllegalArgumentException("overlapping edits at " + e.start());
            }
            out.append(text, pos, e.start()).append(e.replacement());
            pos = e.end();
        }
        return out.append(text, pos, text.length()).toString();
    }
}
