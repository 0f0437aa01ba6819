package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Instruction;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;

/** BU020: {@code COPY --from=stage / /} copies a whole filesystem over the current one. */
public final class CopyWholeFilesystem extends BaseRule {
    public CopyWholeFilesystem() {
        super(new RuleInfo("BU020", "copy-whole-filesystem", "COPY --from copies the whole filesystem of a stage",
                Severity.WARNING, List.of("DL3067")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction i : ctx.file().instructions()) {
            if (i instanceof Copy c && c.flag("from") != null && c.sources().size() == 1 && c.destination() != null
                    && c.sources().get(0).text().equals("/") && c.destination().text().equals("/")) {
                ctx.report(c.span(), "copies every file of '" + c.flag("from").value() + "' over this stage's"
                        + " filesystem: everything it has (package databases, /etc, /tmp of a full image) lands in a new"
                        + " layer and overwrites this stage's files; copy only the directories you need");
            }
        }
    }
}
