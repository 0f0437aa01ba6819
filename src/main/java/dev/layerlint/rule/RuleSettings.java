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

    /**
     * Whether a rule runs: selected (by default: the rules that are on by
     * default; a rule off by default only by its code, name or alias) and not
     * ignored by code, name, prefix or {@code all}. Ignores by alias are
     * applied per finding ({@link #keeps}).
     */
    public boolean enabled(RuleInfo rule) {
        if (rule.code().equals(SyntaxErrors.INFO.code())) {
            return true; // a file that does not parse is always reported
        }
        boolean selected = select == null ? rule.onByDefault()
                : select.stream().anyMatch(s -> rule.onByDefault() ? matches(s, rule) : explicit(s, rule));
        return selected && ignore.stream().noneMatch(s -> matchesRule(s, rule));
    }

    /** Whether a finding survives the ignores that name one of its aliases. */
    public boolean keeps(Finding finding) {
        return finding.rule().code().equals(SyntaxErrors.INFO.code())
                || ignore.stream().noneMatch(s -> finding.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(s.strip())));
    }

    public Severity severity(RuleInfo rule, Severity current) {
        for (Map.Entry<String, Severity> e : severity.entrySet()) {
            if (matches(e.getKey(), rule)) {
                return e.getValue();
            }
        }
        return current;
    }

    /** A finding's severity after overrides by code, name, prefix or one of the finding's aliases. */
    public Severity severity(Finding finding) {
        for (Map.Entry<String, Severity> e : severity.entrySet()) {
            String s = e.getKey().strip();
            if (matchesRule(s, finding.rule()) || finding.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(s))) {
                return e.getValue();
            }
        }
        return finding.severity();
    }

    static boolean matches(String selector, RuleInfo rule) {
        String s = selector.strip();
        return matchesRule(s, rule) || rule.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(s));
    }

    private static boolean explicit(String selector, RuleInfo rule) {
        String s = selector.strip();
        return s.equalsIgnoreCase(rule.code()) || s.equalsIgnoreCase(rule.name())
                || rule.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(s));
    }

    /** Code, name, {@code all} or a code prefix (CA, CA00). */
    private static boolean matchesRule(String selector, RuleInfo rule) {
        String s = selector.strip();
        if (s.equalsIgnoreCase("all") || s.equalsIgnoreCase(rule.code()) || s.equalsIgnoreCase(rule.name())) {
            return true;
        }
        return s.length() < 5 && s.matches("[A-Za-z]{2}\\d{0,2}") && rule.code().startsWith(s.toUpperCase(Locale.ROOT));
    }
}
