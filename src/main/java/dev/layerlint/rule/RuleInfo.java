package dev.layerlint.rule;

import java.util.List;

/**
 * A rule's identity: a stable code, a kebab-case name that names the flagged
 * pattern, a one-line summary, the default severity, and the codes other
 * tools use for the same check (hadolint, BuildKit) so their ignore comments
 * keep working. Rules off by default run only when selected explicitly.
 */
public record RuleInfo(String code, String name, String summary, Severity severity, List<String> aliases,
                       boolean onByDefault) {
    /** A rule that runs unless deselected. */
    public RuleInfo(String code, String name, String summary, Severity severity, List<String> aliases) {
        this(code, name, summary, severity, aliases, true);
    }

    /** The same rule, off unless selected by code, name or alias (not by a prefix or {@code all}). */
    public RuleInfo off() {
        return new RuleInfo(code, name, summary, severity, aliases, false);
    }

    public Category category() {
        return Category.of(code);
    }

    public RuleInfo {
        aliases = List.copyOf(aliases);
        // checked by hand, not by regex: a hundred rules are made at every start
        boolean codeOk = code.length() == 5;
        for (int i = 0; codeOk && i < 5; i++) {
            char c = code.charAt(i);
            codeOk = i < 2 ? c >= 'A' && c <= 'Z' : c >= '0' && c <= '9';
        }
        if (!codeOk) {
            throw new IllegalArgumentException("bad rule code " + code);
        }
        boolean nameOk = !name.isEmpty() && !name.startsWith("-") && !name.endsWith("-") && !name.contains("--");
        for (int i = 0; nameOk && i < name.length(); i++) {
            char c = name.charAt(i);
            nameOk = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
        }
        if (!nameOk) {
            throw new IllegalArgumentException("bad rule name " + name);
        }
    }

    /** The doc's file name under {@code rules/}. */
    public String docFile() {
        return code + "-" + name + ".md";
    }
}
