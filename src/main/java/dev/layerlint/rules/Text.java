package dev.layerlint.rules;

/**
 * Character tests the rules make on every word of every command. Written out
 * rather than as {@code String.matches}, which compiles its regex on each
 * call: on a cold JVM that compile, interpreted, cost more than the rest of
 * the test.
 */
public final class Text {
    private Text() {
    }

    /** Whether {@code s} contains any of the characters of {@code chars}. */
    public static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** One or more ASCII digits and nothing else. */
    public static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether some character of {@code s} is in the range {@code [from, to]}. */
    public static boolean containsRange(String s, char from, char to) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= from && c <= to) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} without the run of {@code c} at its end. */
    public static String stripTrailing(String s, char c) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == c) {
            end--;
        }
        return s.substring(0, end);
    }
}
