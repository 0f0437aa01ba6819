package dev.layerlint.rule;

import dev.layerlint.cache.Builder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * What a lint run knows beyond the Dockerfile: the builder, build
 * arguments, argument names the team declares per-build, the build context
 * directory (null when unknown), and the target stage.
 */
public record LintOptions(Builder builder, Map<String, String> buildArgs, Set<String> volatileArgs, Path context,
                          String target, RuleSettings rules, boolean reportUnusedIgnores, RuleConfig config) {
    public LintOptions {
        buildArgs = Map.copyOf(buildArgs);
        volatileArgs = Set.copyOf(volatileArgs);
    }

    public LintOptions(Builder builder, Map<String, String> buildArgs, Set<String> volatileArgs, Path context,
                       String target, RuleSettings rules, boolean reportUnusedIgnores) {
        this(builder, buildArgs, volatileArgs, context, target, rules, reportUnusedIgnores, RuleConfig.none());
    }

    public LintOptions(Builder builder, Map<String, String> buildArgs, Set<String> volatileArgs, Path context,
                       String target) {
        this(builder, buildArgs, volatileArgs, context, target, RuleSettings.all(), false);
    }

    public LintOptions(Builder builder, Map<String, String> buildArgs, Set<String> volatileArgs, Path context,
                       String target, RuleSettings rules) {
        this(builder, buildArgs, volatileArgs, context, target, rules, false);
    }

    public LintOptions withUnusedIgnores(boolean report) {
        return new LintOptions(builder, buildArgs, volatileArgs, context, target, rules, report, config);
    }

    public static LintOptions defaults() {
        return new LintOptions(Builder.BUILDKIT, Map.of(), Set.of(), null, null);
    }

    public LintOptions withContext(Path dir) {
        return new LintOptions(builder, buildArgs, volatileArgs, dir, target, rules, reportUnusedIgnores, config);
    }

    public LintOptions withRules(RuleSettings settings) {
        return new LintOptions(builder, buildArgs, volatileArgs, context, target, settings, reportUnusedIgnores, config);
    }

    public LintOptions withConfig(RuleConfig ruleConfig) {
        return new LintOptions(builder, buildArgs, volatileArgs, context, target, rules, reportUnusedIgnores,
                ruleConfig);
    }
}
