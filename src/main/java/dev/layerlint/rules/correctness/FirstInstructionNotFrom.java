package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Arg;
import dev.layerlint.ast.From;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.UnknownInstruction;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;

/** BU011: the first instruction is neither FROM nor ARG, which no builder accepts. */
public final class FirstInstructionNotFrom extends BaseRule {
    public FirstInstructionNotFrom() {
        super(new RuleInfo("BU011", "first-instruction-not-from",
                "The Dockerfile does not start with FROM (or ARGs before FROM)", Severity.ERROR, List.of("DL3061")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction i : ctx.file().instructions()) {
            if (i instanceof From || i instanceof UnknownInstruction) {
                return; // an unknown keyword first is most likely a mistyped FROM: its syntax error says so
            }
            if (!(i instanceof Arg)) {
                ctx.report(i.keyword().span(), i.keyword().name() + " before the first FROM: BuildKit stops with \"no"
                        + " build stage in current context\"; the lines up to the first FROM are checked as if they"
                        + " followed FROM scratch");
                return;
            }
        }
    }
}
