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
    /** Words that say an argument is there to bust the cache ({@code bustIntent}). */
    private static final List<String> BUST_WORDS = List.of("BUST", "NOCACHE", "INVALIDATE");
    private static final Set<String> BUST_TOKENS = Set.of("REBUILD", "REFRESH", "INVALIDATE", "INVALIDATION",
            "FORCE");
    /** Timestamp/date words: with CACHE, a value that changes to bust it ({@code CACHE_DATE}). */
    private static final Set<String> TIME_TOKENS = Set.of("DATE", "TIME", "TIMESTAMP", "TS", "EPOCH", "NOW",
            "DAY", "SECONDS");

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

    /** The reason of an argument with {@link #bustIntent}: CA005 judges where it sits, CA001 leaves it alone. */
    public static final String CACHE_BUSTING = "a cache-busting value";
    private static final Reason BUSTER = new Reason(CACHE_BUSTING, false);

    /**
     * Whether the name says the argument exists to bust the cache: the one
     * vocabulary of bust intent ({@code CACHEBUST}, {@code CACHE_BUST},
     * {@code BUST_CACHE}, {@code NOCACHE}, {@code INVALIDATE_CACHE_TIMESTAMP},
     * {@code FORCE_REBUILD}, {@code REFRESH_DATE}, {@code CACHE_DATE}, ...): a
     * bust word anywhere, or a rebuild/refresh/force word, or CACHE with a
     * timestamp or date word. A value that is also a credential
     * ({@code REFRESH_TOKEN}) is not a buster. Such an argument is meant to
     * change: no rule may tell to remove it.
     */
    public static boolean bustIntent(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        List<String> tokens = List.of(SEPARATORS.split(upper));
        for (String t : tokens) {
            if (CREDENTIAL_TOKENS.contains(t) || t.equals("KEY")) {
                return false;
            }
        }
        String joined = String.join("", tokens);
        for (String w : BUST_WORDS) {
            if (joined.contains(w)) {
                return true;
            }
        }
        boolean cache = false;
        boolean time = false;
        boolean intent = false;
        for (String t : tokens) {
            cache |= t.equals("CACHE") || t.equals("CACHES");
            time |= TIME_TOKENS.contains(t);
            intent |= BUST_TOKENS.contains(t);
        }
        if (cache && time) {
            return true; // CACHE_DATE, CACHE_TS
        }
        // REBUILD, FORCE_REBUILD, REFRESH_DATE, REFRESH; not FORCE_COLOR, REFRESH_RATE or FORCE alone
        return intent && (cache || time || tokens.contains("REBUILD")
                || tokens.size() == 1 && !tokens.get(0).equals("FORCE"));
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
        if (bustIntent(name)) {
            return BUSTER;
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
        return null;
    }
}
