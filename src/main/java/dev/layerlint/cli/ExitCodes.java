package dev.layerlint.cli;

/** 0 nothing at or above the threshold, 1 findings, 2 usage error or unreadable input. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int ERROR = 2;

    private ExitCodes() {
    }
}
