package dev.layerlint.rule;

import java.util.List;

/** Every rule layerlint has, sorted by code. */
public final class Rules {
    private static final List<RuleInfo> ALL = List.of(SyntaxErrors.INFO);

    private Rules() {
    }

    public static List<RuleInfo> all() {
        return ALL;
    }
}
