package dev.layerlint.rules.style;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import java.util.List;

/** ST002: {@code cd} in a RUN to set where later commands run; WORKDIR says it once and for all steps. */
public final class CdInRun extends BaseRule {
    public CdInRun() {
        super(new RuleInfo("ST002", "cd-in-run", "A RUN changes directory with cd; use WORKDIR", Severity.WARNING,
                List.of("DL3003")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Scripts.At at : Scripts.commands(ctx, "cd")) {
            if (at.in().onbuild() == null) {
                ctx.report(at.in().span(at.command()), "cd only lasts until the end of this RUN; set the directory"
                        + " with WORKDIR so every later step (and the container) uses it");
            }
        }
    }
}
