package dev.layerlint.rule;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which rules run and at what severity: {@code select} (null: all), then
 * {@code ignore}, then severity overrides. A rule is named by its code, its
 * name, an alias (DL3008, JSONArgsRecommended) or a code prefix (CA, CA00).
 */
public record RuleSettings(List<String> select, List<String> ignore, Map<String, Severity> severity) {
    public RuleSettings {
        select = select == null ? null : List.copyOf(select);
        ignore = List.copyOf(ignore);
        severity = Map.copyOf(severity);
    }

    public static RuleSettings all() {
        return new RuleSettings(null, List.of(), Map.of());
    }

    public boolean enabled(RuleInfo rule) {
        if (rule.code().equals(SyntaxErrors.INFO.code())) {
            return true; // a file that does not parse is always reported
        }
        return (select == null || select.stream().anyMatch(s -> matches(s, rule)))
                && ignore.stream().noneMatch(s -> matches(s, rule));
    }

    public Severity severity(RuleInfo rule, Severity current) {
        for (Map.Entry<String, Severity> e : severity.entrySet()) {
            if (matches(e.getKey(), rule)) {
                return e.getValue();
            }
        }
        return current;
    }

    static boolean matches(String selector, RuleInfo rule) {
        String s = selector.strip();
        if (s.equalsIgnoreCase("all") || s.equalsIgnoreCase(rule.code()) || s.equalsIgnoreCase(rule.name())) {
            return true;
        }
        if (rule.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(s))) {
            return true;
        }
        return s.length() < 5 && s.matches("[A-Za-z]{2}\\d{0,2}") && rule.code().startsWith(s.toUpperCase(Locale.ROOT));
    }
}
