package dev.layerlint.rule;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Settings some rules need: the registries base images may come from
 * ({@code trusted-registries}, empty: any), the label schema ({@code
 * label-schema}: label to type) and whether labels outside it are reported
 * ({@code strict-labels}), and the ShellCheck binary RUN scripts go through
 * ({@code shellcheck}: null when not asked for, or not found on PATH).
 */
public record RuleConfig(List<String> trustedRegistries, Map<String, String> labelSchema, boolean strictLabels,
                         Path shellcheck) {
    public RuleConfig {
        trustedRegistries = List.copyOf(trustedRegistries);
        labelSchema = Map.copyOf(labelSchema);
    }

    public static RuleConfig none() {
        return new RuleConfig(List.of(), Map.of(), false, null);
    }
}
