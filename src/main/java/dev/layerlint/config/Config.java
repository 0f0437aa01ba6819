package dev.layerlint.config;

import dev.layerlint.cache.Builder;
import dev.layerlint.rule.RuleConfig;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.correctness.ShellCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code .layerlint.yaml} (or a mapped {@code .hadolint.yaml}). Absent
 * settings are null or empty; the command line wins over every one of them.
 *
 * @param dir        the folder the file is in (per-path overrides are relative to it)
 * @param select     rules to run (codes, names, aliases or a code prefix like CA); null: all
 * @param failOn     the lowest severity that fails, or null
 */
public record Config(Path file, Path dir, List<String> select, List<String> ignore, Map<String, Severity> severity,
                     String failOn, Builder builder, Map<String, String> buildArgs, Set<String> volatileArgs,
                     List<String> trustedRegistries, Map<String, String> labelSchema, boolean strictLabels,
                     Boolean shellcheck, List<PathOverride> overrides) {

    /** Settings for files matching {@code files} (globs relative to the config's folder). */
    public record PathOverride(List<String> files, List<String> select, List<String> ignore,
                               Map<String, Severity> severity) {
    }

    public static Config none() {
        return new Config(null, null, null, List.of(), Map.of(), null, null, Map.of(), Set.of(), List.of(), Map.of(),
                false, null, List.of());
    }

    /** Whether ShellCheck is asked for ({@code shellcheck} from the command line wins when given). */
    public boolean wantsShellcheck(Boolean shellcheckOption) {
        return shellcheckOption != null ? shellcheckOption : Boolean.TRUE.equals(shellcheck);
    }

    /**
     * The rule settings of this file; the ShellCheck binary is looked up on
     * {@code path} (the PATH of the environment layerlint runs in) when asked for.
     */
    public RuleConfig ruleConfig(Boolean shellcheckOption, String path) {
        Path binary = wantsShellcheck(shellcheckOption)
                ? ShellCheck.find(path) : null;
        return new RuleConfig(trustedRegistries, labelSchema, strictLabels, binary);
    }
}
