package dev.layerlint.cache;

import java.util.Locale;

/**
 * The image store of the Docker engine whose BuildKit builds (research:
 * modern-builders.md). It decides what {@code COPY --link} does:
 * <ul>
 * <li>{@link #OVERLAY2}, the graph-driver store, what {@code docker build}
 *     uses on Docker 28.5 unless the containerd image store is turned on:
 *     a linked COPY is a plain COPY. A changed step or base image below it
 *     rebuilds it, and removing {@code --link} keeps everything cached (the
 *     flag is not in the key).</li>
 * <li>{@link #CONTAINERD}, the containerd image store ({@code --feature
 *     containerd-snapshotter=true}, the default of fresh Docker 29 installs):
 *     a linked COPY is copied onto an empty layer and merged, so it stays
 *     cached when only what is below it changed; the steps after it rerun.</li>
 * </ul>
 */
public enum Store {
    OVERLAY2, CONTAINERD;

    /** The option value ({@code overlay2}, {@code containerd}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code COPY --link} is rebased onto what is below it (independent of it) in this store. */
    public boolean rebasesLinkedCopies() {
        return this == CONTAINERD;
    }
}
