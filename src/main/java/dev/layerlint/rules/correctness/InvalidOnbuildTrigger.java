package dev.layerlint.rules.correctness;

import dev.layerlint.ast.From;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Maintainer;
import dev.layerlint.ast.Onbuild;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;

/** BU008: ONBUILD of ONBUILD, FROM or MAINTAINER, which builders reject. */
public final class InvalidOnbuildTrigger extends BaseRule {
    public InvalidOnbuildTrigger() {
        super(new RuleInfo("BU008", "invalid-onbuild-trigger", "ONBUILD wraps ONBUILD, FROM or MAINTAINER",
                Severity.ERROR, List.of("DL3043")).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction i : ctx.file().instructions()) {
            if (i instanceof Onbuild ob && (ob.trigger() instanceof Onbuild || ob.trigger() instanceof From
                    || ob.trigger() instanceof Maintainer)) {
                ctx.report(ob.trigger().keyword().span(), "ONBUILD " + ob.trigger().keyword().name()
                        + " is not allowed: the builder rejects it when a child image is built");
            }
        }
    }
}
