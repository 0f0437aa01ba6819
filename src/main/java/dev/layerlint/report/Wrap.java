package dev.layerlint.report;

import java.util.ArrayList;
import java.util.List;

/** Word-wrapping for terminal output. */
public final class Wrap {
    private Wrap() {
    }

    /** The text in lines of at most {@code width} characters; a longer word is broken. */
    public static List<String> lines(String text, int width) {
        int limit = Math.max(1, width);
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            while (word.length() > limit) {
                words.add(word.substring(0, limit));
                word = word.substring(limit);
            }
            words.add(word);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : words) {
            if (current.length() > 0 && current.length() + 1 + word.length() > limit) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        return lines;
    }
}
