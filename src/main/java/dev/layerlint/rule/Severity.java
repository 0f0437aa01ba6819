package dev.layerlint.rule;

import java.util.Locale;

/** How serious a finding is, most serious first. */
public enum Severity {
    ERROR, WARNING, INFO, STYLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity reaches a threshold ({@code ERROR} reaches {@code WARNING}). */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
