package dev.layerlint.rules.style;

import dev.layerlint.ast.Expose;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Word;
import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;
import java.util.Locale;

/** ST020: {@code EXPOSE 80/TCP}: the protocol should be lower-case. */
public final class ExposeProtocolCasing extends BaseRule {
    public ExposeProtocolCasing() {
        super(new RuleInfo("ST020", "expose-protocol-casing", "An EXPOSE protocol is not lower-case", Severity.WARNING,
                List.of("ExposeProtoCasing")).withFix());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction i : ctx.file().instructions()) {
            if (!(i instanceof Expose e)) {
                continue;
            }
            for (Word w : e.ports()) {
                int slash = w.text().indexOf('/');
                if (slash > 0 && !w.text().equals(w.text().toLowerCase(Locale.ROOT)) && !w.text().contains("$")
                        && w.span().end() - w.span().start() == w.text().length()) {
                    ctx.report(w.span(), "defined protocol '" + w.text() + "' in EXPOSE should be lower-case: BuildKit warns on"
                            + " every build (ExposeProtoCasing), and tools comparing the protocol as text miss it",
                            Fix.safe("Write " + w.text().toLowerCase(Locale.ROOT), List.of(Edit.replace(
                                    w.span().start(), w.span().end(), w.text().toLowerCase(Locale.ROOT)))));
                }
            }
        }
    }
}
