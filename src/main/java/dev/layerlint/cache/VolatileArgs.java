package dev.layerlint.cache;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises build arguments whose value changes on every build: by name
 * (credentials, build numbers, commit SHAs, dates, cache busters), by a
 * default value that carries a credential ({@code https://user:token@host}),
 * because the configuration lists it ({@code volatile-args}), or because a
 * pipeline checked in the same run passes it a per-run value (the reason
 * then names the pipeline line).
 */
public final class VolatileArgs {
    private static final Pattern SEPARATORS = Pattern.compile("[_\\-.]+");

    /** Why an argument is per-build, in words for messages ("a credential"). */
    public record Reason(String what, boolean credential) {
    }

    private static final List<String> CREDENTIAL_TOKENS = List.of("TOKEN", "PASSWORD", "PASSWD", "PASS", "SECRET",
            "APIKEY", "CREDENTIAL", "CREDENTIALS", "AUTH", "PAT");
    private static final Pattern CREDENTIAL_URL = Pattern.compile("^[a-z][a-z0-9+.-]*://[^/@\\s:]+:[^/@\\s]+@.*",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BUILD_IDS = Set.of("BUILD_NUMBER", "BUILD_ID", "BUILDID", "BUILD_NUM",
            "RUN_ID", "RUN_NUMBER", "PIPELINE_ID", "JOB_ID", "GITHUB_RUN_ID", "GITHUB_RUN_NUMBER", "CI_PIPELINE_ID",
            "CI_JOB_ID", "BUILDKITE_BUILD_NUMBER", "CIRCLE_BUILD_NUM", "TRAVIS_BUILD_NUMBER");
    private static final Set<String> COMMITS = Set.of("GIT_COMMIT", "GIT_SHA", "COMMIT", "COMMIT_SHA", "COMMIT_ID",
            "COMMIT_HASH", "GIT_HASH", "GIT_REV", "GIT_REVISION", "REVISION", "SOURCE_COMMIT", "VCS_REF",
            "VCS_REVISION", "SHA", "GITHUB_SHA", "CI_COMMIT_SHA", "CI_COMMIT_SHORT_SHA", "BUILDKITE_COMMIT",
            "CIRCLE_SHA1", "TRAVIS_COMMIT", "SOURCE_VERSION");
    private static final Set<String> DATES = Set.of("BUILD_DATE", "BUILDDATE", "BUILD_TIME", "BUILDTIME",
            "BUILD_TIMESTAMP", "TIMESTAMP", "DATE", "CREATED", "BUILD_CREATED");
    private static final Set<String> BUSTERS = Set.of("CACHEBUST", "CACHE_BUST", "CACHEBUSTER", "CACHE_BUSTER",
            "BUST_CACHE", "NOCACHE", "NO_CACHE", "CACHE_DATE");

    private final Set<String> configured;
    /** Arguments a pipeline of the same run passes a per-run value, with the reason naming the pipeline line. */
    private final Map<String, Reason> known;

    public VolatileArgs(Set<String> configured) {
        this(configured, Map.of());
    }

    public VolatileArgs(Set<String> configured, Map<String, Reason> known) {
        this.configured = Set.copyOf(configured);
        this.known = Map.copyOf(known);
    }

    public static VolatileArgs defaults() {
        return new VolatileArgs(Set.of());
    }

    /** Why this argument changes per build, or null when it is not known to. */
    public Reason classify(String name, String defaultValue) {
        Reason fromPipeline = known.get(name);
        if (fromPipeline != null) {
            return fromPipeline;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (configured.contains(name) || configured.contains(upper)) {
            return new Reason("configured in volatile-args", false);
        }
        if (defaultValue != null && CREDENTIAL_URL.matcher(defaultValue.strip()).matches()) {
            return new Reason("a URL with a credential", true);
        }
        List<String> tokens = List.of(SEPARATORS.split(upper));
        if (upper.endsWith("INDEX_URL") || upper.endsWith("REGISTRY_URL") && tokens.contains("AUTH")) {
            return new Reason("a package index URL, which usually carries a rotating credential", true);
        }
        boolean notAValue = tokens.contains("FILE") || tokens.contains("PATH") || tokens.contains("VERSION")
                || tokens.contains("PUBLIC") || tokens.contains("DIR") || tokens.contains("ID")
                || tokens.contains("NAME") || tokens.contains("URL") || tokens.contains("TYPE");
        for (String t : tokens) {
            if (CREDENTIAL_TOKENS.contains(t) && !notAValue) {
                return new Reason("a credential", true);
            }
        }
        if (!notAValue && upper.endsWith("_KEY") && !upper.endsWith("PUBLIC_KEY") && !upper.endsWith("GPG_KEY")
                && !upper.endsWith("_GPG_KEY") && !upper.contains("KEYRING")) {
            return new Reason("a credential", true);
        }
        if (BUILD_IDS.contains(upper)) {
            return new Reason("a build number", false);
        }
        if (COMMITS.contains(upper) || upper.endsWith("_COMMIT") || upper.endsWith("_COMMIT_SHA")
                || upper.endsWith("_GIT_SHA") || upper.endsWith("_VCS_REF")) {
            return new Reason("a commit SHA", false);
        }
        if (DATES.contains(upper) || upper.endsWith("_BUILD_DATE") || upper.endsWith("_TIMESTAMP")) {
            return new Reason("a timestamp", false);
        }
        if (BUSTERS.contains(upper)) {
            return new Reason("a cache-busting value", false);
        }
        return null;
    }
}
