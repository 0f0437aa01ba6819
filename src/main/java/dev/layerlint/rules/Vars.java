package dev.layerlint.rules;

import java.util.ArrayList;
import java.util.List;

/** Variable references in Dockerfile words ({@code $X}, {@code ${X}}, {@code ${X:-d}}), escapes respected. */
public final class Vars {
    private Vars() {
    }

    /** The names referenced, in order, duplicates kept out; an escaped {@code \$} is not a reference. */
    public static List<String> referenced(String text) {
        return referenced(text, '\\');
    }

    public static List<String> referenced(String text, char escape) {
        List<String> out = new ArrayList<>();
        boolean single = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == escape && i + 1 < text.length()) {
                i++;
                continue;
            }
            if (c == '\'') {
                single = !single;
                continue;
            }
            if (c != '$' || single || i + 1 >= text.length()) {
                continue;
            }
            int k = i + 1;
            boolean braced = text.charAt(k) == '{';
            if (braced) {
                k++;
            }
            int start = k;
            while (k < text.length() && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '_')) {
                k++;
            }
            if (k > start && !Character.isDigit(text.charAt(start))) {
                String name = text.substring(start, k);
                if (!out.contains(name)) {
                    out.add(name);
                }
            }
            i = k - 1;
        }
        return out;
    }
}
