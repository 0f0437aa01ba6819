package dev.layerlint.cache;

/** What a cache miss of a step costs. */
public enum Cost {
    /** Package installs, dependency resolution, downloads, compiles. */
    EXPENSIVE,
    /** COPY/ADD of local files, WORKDIR, small RUNs. */
    CHEAP,
    /** Metadata: no work at all. */
    FREE
}
