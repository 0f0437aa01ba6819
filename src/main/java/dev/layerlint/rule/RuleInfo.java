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
        if (!code.matches("[A-Z]{2}[0-9]{3}")) {
            throw new IllegalArgumentException("bad rule code " + code);
        }
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("bad rule name " + name);
        }
    }

    /** The doc's file name under {@code rules/}. */
    public String docFile() {
        return code + "-" + name + ".md";
    }
}
