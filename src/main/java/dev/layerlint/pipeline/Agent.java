package dev.layerlint.pipeline;

/**
 * Where a job runs, as far as caching goes: an ephemeral machine (a hosted
 * agent or runner, a fresh Docker-in-Docker daemon) starts with an empty
 * layer cache every run; a persistent one may keep it; unknown when the file
 * does not say (a template whose caller picks the pool, a self-hosted label).
 */
public record Agent(Kind kind, String what) {
    public enum Kind { EPHEMERAL, PERSISTENT, UNKNOWN }

    public static Agent unknown() {
        return new Agent(Kind.UNKNOWN, "");
    }

    public boolean ephemeral() {
        return kind == Kind.EPHEMERAL;
    }
}
