package dev.layerlint.rules.ci;

import java.util.List;

/** Every pipeline rule, by code (the Dockerfile rules are in {@link dev.layerlint.rules.Registry}). */
public final class CiRules {
    private static final List<PipelineRule> RULES = List.of(
            new NoCacheSourceOnEphemeralAgent(),
            new CacheImportWithoutExport(),
            new MinCacheForMultiStage(),
            new InlineCacheNotExported(),
            new ClassicCacheFromWithoutPull(),
            new CacheBackendNeedsContainerDriver(),
            new LocalCacheNotRotated(),
            new SharedGhaScope(),
            new ArgumentsIgnoredByBuildAndPush(),
            new ImageSavedToCache(),
            new CacheKeyNeverRestores(),
            new NoCacheLeftOn(),
            new PerRunArgFeedsEarlyArg());

    private CiRules() {
    }

    public static List<PipelineRule> rules() {
        return RULES;
    }
}
