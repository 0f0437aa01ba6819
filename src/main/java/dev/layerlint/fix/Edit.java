package dev.layerlint.fix;

import java.util.Objects;

/**
 * Replace {@code [start, end)} of a file's text with {@code replacement}.
 * {@code file} is null for the Dockerfile itself, or a path relative to the
 * build context (a fix that creates or extends {@code .dockerignore}).
 */
public record Edit(String file, int start, int end, String replacement) {
    public static Edit replace(int start, int end, String replacement) {
        return new Edit(null, start, end, replacement);
    }

    public static Edit insert(int at, String text) {
        return new Edit(null, at, at, text);
    }

    public static Edit delete(int start, int end) {
        return new Edit(null, start, end, "");
    }

    public boolean overlaps(Edit other) {
        if (!Objects.equals(file, other.file)) {
            return false;
        }
        return start < other.end && other.start < end || (start == end && start == other.start && other.start
                == other.end);
    }
}
