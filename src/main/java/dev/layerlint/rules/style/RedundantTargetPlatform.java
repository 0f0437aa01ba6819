package dev.layerlint.rules.style;

import dev.layerlint.ast.Flag;
import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;

/** ST014: {@code FROM --platform=$TARGETPLATFORM} says what FROM does anyway. */
public final class RedundantTargetPlatform extends BaseRule {
    public RedundantTargetPlatform() {
        super(new RuleInfo("ST014", "redundant-target-platform", "FROM --platform=$TARGETPLATFORM is the default",
                Severity.WARNING, List.of("DL3065", "RedundantTargetPlatform")).withFix());
    }

    @Override
    public void check(RuleContext ctx) {
        String text = ctx.file().source().text();
        for (Stage stage : ctx.model().stages()) {
            Flag p = stage.from().flag("platform");
            if (p != null && ("$TARGETPLATFORM".equals(p.value()) || "${TARGETPLATFORM}".equals(p.value()))) {
                int end = p.span().end();
                while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                    end++;
                }
                ctx.report(p.span(), "--platform=" + p.value() + " is what FROM uses anyway: drop it",
                        Fix.safe("Remove the flag", List.of(Edit.delete(p.span().start(), end))));
            }
        }
    }
}
