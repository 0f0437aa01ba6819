package dev.layerlint.rules;

import dev.layerlint.rule.Rule;
import dev.layerlint.rule.RuleInfo;

/** A rule whose metadata, one {@link RuleInfo} expression, is fixed at construction. */
public abstract class BaseRule implements Rule {
    private final RuleInfo info;

    protected BaseRule(RuleInfo info) {
        this.info = info;
    }

    @Override
    public final RuleInfo info() {
        return info;
    }
}
