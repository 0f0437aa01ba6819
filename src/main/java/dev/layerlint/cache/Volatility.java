package dev.layerlint.cache;

/** How often a cache-key input changes, most frequent first. */
public enum Volatility {
    /** Credentials, tokens, build ids, commit SHAs, timestamps: every build. */
    PER_BUILD("every build"),
    /** A COPY that selects most of the context: every source edit. */
    PER_SOURCE_EDIT("every source edit"),
    /** A COPY of manifest or lock files: when dependencies change. */
    PER_DEPENDENCY_EDIT("every dependency change"),
    /** A floating base tag: when the base image is updated upstream. */
    PER_BASE_UPDATE("every base image update"),
    /** Constant text (for RUN curl .../latest this means a layer that goes stale). */
    NEVER("never");

    private final String when;

    Volatility(String when) {
        this.when = when;
    }

    /** "every build", "every source edit", ... */
    public String when() {
        return when;
    }
}
