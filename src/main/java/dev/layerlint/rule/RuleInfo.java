package dev.layerlint.rule;

import java.util.List;

/**
 * Everything about a rule but its check, in one place: a stable code (whose
 * prefix is the category), a kebab-case name that names the flagged pattern,
 * a one-line summary, the default severity, the codes other tools use for
 * the same check (hadolint, BuildKit) so their ignore comments keep working,
 * whether it is off by default, whether it fixes, and whether it checks
 * ONBUILD triggers. A rule declares it in one expression, the constructor
 * followed by the flags that apply:
 * <pre>
 * new RuleInfo("CA004", "package-index-update-alone", "...", Severity.WARNING, List.of("DL3009")).withFix()
 * </pre>
 * {@code layerlint rules}, {@code layerlint rule} and the tests read it from
 * here; the doc, the fixtures and the README are checked against it. A
 * record built by calls, not an annotation: reading annotations at start-up
 * costs reflection and proxies on every run.
 */
public record RuleInfo(String code, String name, String summary, Severity severity, List<String> aliases,
                       boolean onByDefault, boolean fixable, boolean checksOnbuild) {
    /** A rule that runs unless deselected, without fixes, that does not look into ONBUILD triggers. */
    public RuleInfo(String code, String name, String summary, Severity severity, List<String> aliases) {
        this(code, name, summary, severity, aliases, true, false, false);
    }

    /** The same rule, off unless selected by code, name or alias (not by a prefix or {@code all}). */
    public RuleInfo off() {
        return new RuleInfo(code, name, summary, severity, aliases, false, fixable, checksOnbuild);
    }

    /**
     * The same rule, some of whose findings carry a fix that {@code --fix} or
     * {@code --unsafe-fixes} applies (a fix that is only shown does not count).
     * Its fixtures must show one.
     */
    public RuleInfo withFix() {
        return new RuleInfo(code, name, summary, severity, aliases, onByDefault, true, checksOnbuild);
    }

    /**
     * The same rule, that also checks ONBUILD triggers (they run in the child
     * image's build, so the same advice applies there). Its fixtures must show
     * a finding on an ONBUILD line.
     */
    public RuleInfo withOnbuild() {
        return new RuleInfo(code, name, summary, severity, aliases, onByDefault, fixable, true);
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
