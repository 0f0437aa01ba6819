package dev.layerlint.rule;

/**
 * One check: its metadata (all of it in {@link RuleInfo}), and a method that
 * finds the pattern and reports it.
 */
public interface Rule {
    RuleInfo info();

    void check(RuleContext context);
}
