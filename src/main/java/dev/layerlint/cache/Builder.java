package dev.layerlint.cache;

/** Which builder's cache rules apply: BuildKit (default) or the classic builder. */
public enum Builder {
    BUILDKIT, CLASSIC;

    public String label() {
        return this == BUILDKIT ? "BuildKit" : "the classic builder";
    }
}
