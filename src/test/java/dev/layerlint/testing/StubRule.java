package dev.layerlint.testing;

import dev.layerlint.rule.Rule;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import java.util.function.Consumer;

/** A rule made in a test: its metadata and what its check does. */
public final class StubRule implements Rule {
    private final RuleInfo info;
    private final Consumer<RuleContext> check;

    private StubRule(RuleInfo info, Consumer<RuleContext> check) {
        this.info = info;
        this.check = check;
    }

    public static Rule of(RuleInfo info, Consumer<RuleContext> check) {
        return new StubRule(info, check);
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(RuleContext ctx) {
        check.accept(ctx);
    }
}
