package dev.layerlint.fix;

import java.util.List;

/**
 * A fix: an imperative title ("Copy package*.json first"), how safe it is,
 * and its edits. {@code --fix} applies SAFE fixes, {@code --unsafe-fixes}
 * also UNSAFE ones; DISPLAY_ONLY fixes are shown, never applied.
 */
public record Fix(String title, Safety safety, List<Edit> edits) {
    /** Whether a fix may be applied automatically. */
    public enum Safety { SAFE, UNSAFE, DISPLAY_ONLY }

    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix safe(String title, List<Edit> edits) {
        return new Fix(title, Safety.SAFE, edits);
    }

    public static Fix unsafe(String title, List<Edit> edits) {
        return new Fix(title, Safety.UNSAFE, edits);
    }

    public static Fix displayOnly(String title) {
        return new Fix(title, Safety.DISPLAY_ONLY, List.of());
    }
}
