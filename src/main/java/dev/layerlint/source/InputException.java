package dev.layerlint.source;

/**
 * Input that cannot be linted at all (unreadable, a directory, binary, not
 * UTF-8). Carries a message a person understands and, where it makes sense,
 * the line and column of the problem; never shown as a stack trace.
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final int line;
    private final int column;

    public InputException(String path, String message) {
        this(path, message, 0, 0);
    }

    public InputException(String path, String message, int line, int column) {
        super(message, null, false, false);
        this.path = path;
        this.line = line;
        this.column = column;
    }

    public String path() {
        return path;
    }

    /** 1-based line, or 0 when the problem is not at a place in the file. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** {@code path:line:col: message} or {@code path: message}. */
    public String describe() {
        return line > 0 ? path + ":" + line + ":" + column + ": " + getMessage() : path + ": " + getMessage();
    }
}
