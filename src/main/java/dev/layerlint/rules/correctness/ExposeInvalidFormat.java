package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Expose;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Word;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;

/** BU024: EXPOSE with an IP address or a host-port mapping, which EXPOSE ignores (and will reject). */
public final class ExposeInvalidFormat extends BaseRule {
    public ExposeInvalidFormat() {
        super(new RuleInfo("BU024", "expose-invalid-format", "EXPOSE has an IP address or a host:container mapping",
                Severity.WARNING, List.of("ExposeInvalidFormat")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction i : ctx.file().instructions()) {
            if (i instanceof Expose expose) {
                for (Word w : expose.ports()) {
                    if (w.text().contains(":") && !w.text().contains("$")) {
                        ctx.report(w.span(), "EXPOSE " + w.text() + ": an image cannot choose the host address or"
                                + " port (that is docker run -p); only the container port is kept, and BuildKit will"
                                + " reject this form in a future release");
                    }
                }
            }
        }
    }
}
