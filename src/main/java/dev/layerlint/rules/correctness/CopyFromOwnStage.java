package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Instruction;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;

/** BU006: {@code COPY --from} names the stage it is in: a cycle the build rejects. */
public final class CopyFromOwnStage extends BaseRule {
    public CopyFromOwnStage() {
        super(new RuleInfo("BU006", "copy-from-own-stage", "COPY --from names the stage it is in",
                Severity.ERROR, List.of("DL3023")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            for (Instruction i : stage.instructions()) {
                if (i instanceof Copy copy && copy.flag("from") != null && copy.flag("from").hasValue()) {
                    String ref = copy.flag("from").value();
                    if (stage.name() != null && ref.equalsIgnoreCase(stage.name())
                            || ref.equals(String.valueOf(stage.index()))) {
                        ctx.report(copy.flag("from").span(), "COPY --from=" + ref + " copies from the stage it is"
                                + " in: the stage cannot depend on itself, the build fails");
                    }
                }
            }
        }
    }
}
