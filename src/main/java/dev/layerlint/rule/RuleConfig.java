package dev.layerlint.rule;

import java.util.List;
import java.util.Map;

/**
 * Settings some rules need: the registries base images may come from
 * ({@code trusted-registries}, empty: any), the label schema ({@code
 * label-schema}: label to type) and whether labels outside it are reported
 * ({@code strict-labels}), and whether RUN scripts go through ShellCheck.
 */
public record RuleConfig(List<String> trustedRegistries, Map<String, String> labelSchema, boolean strictLabels,
                         boolean shellcheck) {
    public RuleConfig {
        trustedRegistries = List.copyOf(trustedRegistries);
        labelSchema = Map.copyOf(labelSchema);
    }

    public static RuleConfig none() {
        return new RuleConfig(List.of(), Map.of(), false, false);
    }
}
