package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Cmd;
import dev.layerlint.ast.Entrypoint;
import dev.layerlint.ast.Healthcheck;
import dev.layerlint.ast.Instruction;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BU003: a second CMD, ENTRYPOINT or HEALTHCHECK in one stage; only the last
 * takes effect. Reported at the later one (where hadolint reports, so its
 * ignore comments keep working); each finding answers to its own hadolint code.
 */
public final class InstructionOverridden extends BaseRule {
    private static final Map<String, String> HADOLINT = Map.of("CMD", "DL4003", "ENTRYPOINT", "DL4004",
            "HEALTHCHECK", "DL3012");

    public InstructionOverridden() {
        super(new RuleInfo("BU003", "instruction-overridden",
                "A stage has more than one CMD, ENTRYPOINT or HEALTHCHECK; only the last one takes effect",
                Severity.WARNING, List.of("DL3012", "DL4003", "DL4004", "MultipleInstructionsDisallowed")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            Map<String, Instruction> seen = new HashMap<>();
            for (Instruction i : stage.instructions()) {
                if (!(i instanceof Cmd || i instanceof Entrypoint || i instanceof Healthcheck)) {
                    continue;
                }
                String kw = i.keyword().name();
                Instruction earlier = seen.put(kw, i);
                if (earlier != null) {
                    ctx.reportAs(List.of(HADOLINT.get(kw), "MultipleInstructionsDisallowed"), i.keyword().span(),
                            "second " + kw + " in this stage: the " + kw + " on line " + earlier.span().startLine()
                                    + " has no effect, only the last one is used", null);
                }
            }
        }
    }
}
