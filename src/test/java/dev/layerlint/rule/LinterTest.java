package dev.layerlint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.source.SourceText;
import dev.layerlint.testing.StubRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinterTest {
    private static Rule rule(String code, boolean crash) {
        return StubRule.of(new RuleInfo(code, "test-rule", "test", Severity.WARNING, List.of()), ctx -> {
            if (crash) {
                throw new IllegalStateException("boom");
            }
            ctx.report(ctx.file().instructions().get(0).span(), "found");
        });
    }

    @Test
    void aCrashingRuleBecomesOneFindingAndTheOtherRulesStillRun() {
        var result = Linter.lint(SourceText.of("Dockerfile", "FROM alpine:3.20\n"), null, LintOptions.defaults(),
                List.of(rule("ST990", true), rule("ST991", false)));
        assertThat(result.findings()).extracting(f -> f.rule().code() + " " + f.message().split(" \\(")[0])
                .containsExactly("ST990 " + Linter.INTERNAL_ERROR, "ST991 found");
        assertThat(result.findings().get(0).message()).contains("IllegalStateException: boom");
    }

    @Test
    void eachRuleInfoFlagKeepsTheOthers() {
        RuleInfo plain = new RuleInfo("CA001", "ok-name", "s", Severity.INFO, List.of("DL1"));
        assertThat(List.of(plain.onByDefault(), plain.fixable(), plain.checksOnbuild())).containsExactly(true, false,
                false);
        for (RuleInfo all : List.of(plain.off().withFix().withOnbuild(), plain.withOnbuild().withFix().off(),
                plain.withFix().off().withOnbuild())) {
            assertThat(List.of(all.onByDefault(), all.fixable(), all.checksOnbuild())).containsExactly(false, true,
                    true);
            assertThat(List.of(all.code(), all.name(), all.summary(), all.severity(), all.aliases()))
                    .containsExactly("CA001", "ok-name", "s", Severity.INFO, List.of("DL1"));
        }
    }

    @Test
    void ruleCodesAndNamesHaveOneShape() {
        assertThat(new RuleInfo("CA001", "ok-name-2", "s", Severity.INFO, List.of()).category())
                .isEqualTo(Category.CA);
        for (String[] bad : new String[][] {{"C0001", "x"}, {"CA01", "x"}, {"ca001", "x"}, {"CA001", "Bad"},
            {"CA001", "-x"}, {"CA001", "x-"}, {"CA001", "a--b"}, {"CA001", "a_b"}, {"CA001", ""}}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> new RuleInfo(bad[0], bad[1], "s", Severity.INFO, List.of()))
                    .as("%s %s", bad[0], bad[1]).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
