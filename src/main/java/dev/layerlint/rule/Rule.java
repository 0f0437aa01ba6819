package dev.layerlint.rule;

/** One check: its identity, and a method that finds the pattern and reports it. */
public interface Rule {
    RuleInfo info();

    void check(RuleContext context);

    /** Whether some of its findings carry a fix that {@code --fix} or {@code --unsafe-fixes} applies. */
    default boolean fixable() {
        return false;
    }

    /**
     * Whether the rule also checks ONBUILD triggers (they run in the child
     * image's build, so the same advice applies there). Such a rule's
     * fixtures must show a finding on an ONBUILD line.
     */
    default boolean checksOnbuild() {
        return false;
    }
}
