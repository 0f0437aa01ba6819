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
        // loops, not streams: this runs for every rule on every file
        boolean selected = select == null && rule.onByDefault();
        if (select != null) {
            for (String s : select) {
                if (rule.onByDefault() ? matches(s, rule) : explicit(s, rule)) {
                    selected = true;
                    break;
                }
            }
        }
        if (!selected) {
            return false;
        }
        for (String s : ignore) {
            if (matchesRule(s, rule)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a finding survives the ignores that name one of its aliases. */
    public boolean keeps(Finding finding) {
        if (ignore.isEmpty() || finding.rule().code().equals(SyntaxErrors.INFO.code())) {
            return true;
        }
        for (String s : ignore) {
            if (hasAlias(finding.aliases(), s.strip())) {
                return false;
            }
        }
        return true;
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
            if (matchesRule(s, finding.rule()) || hasAlias(finding.aliases(), s)) {
                return e.getValue();
            }
        }
        return finding.severity();
    }

    static boolean matches(String selector, RuleInfo rule) {
        String s = selector.strip();
        return matchesRule(s, rule) || hasAlias(rule.aliases(), s);
    }

    private static boolean hasAlias(List<String> aliases, String selector) {
        for (String a : aliases) {
            if (a.equalsIgnoreCase(selector)) {
                return true;
            }
        }
        return false;
    }

    private static boolean explicit(String selector, RuleInfo rule) {
        String s = selector.strip();
        return s.equalsIgnoreCase(rule.code()) || s.equalsIgnoreCase(rule.name())
                || hasAlias(rule.aliases(), s);
    }

    /** Code, name, {@code all} or a code prefix (CA, CA00). */
    private static boolean matchesRule(String selector, RuleInfo rule) {
        String s = selector.strip();
        if (s.equalsIgnoreCase("all") || s.equalsIgnoreCase(rule.code()) || s.equalsIgnoreCase(rule.name())) {
            return true;
        }
        return isCodePrefix(s) && rule.code().startsWith(s.toUpperCase(Locale.ROOT));
    }

    /** Two letters and up to two digits: CA, CA0, CA00. */
    private static boolean isCodePrefix(String s) {
        if (s.length() < 2 || s.length() > 4) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = i < 2 ? c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
