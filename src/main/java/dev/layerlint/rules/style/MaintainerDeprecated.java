package dev.layerlint.rules.style;

import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Maintainer;
import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;

/** ST012: MAINTAINER is deprecated; the OCI label org.opencontainers.image.authors replaces it. */
public final class MaintainerDeprecated extends BaseRule {
    public MaintainerDeprecated() {
        super(new RuleInfo("ST012", "maintainer-deprecated", "MAINTAINER is deprecated; use a LABEL", Severity.ERROR,
                List.of("DL4000", "MaintainerDeprecated")).withFix());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction i : ctx.file().instructions()) {
            if (i instanceof Maintainer m && m.argument() != null) {
                String who = m.argument().text().strip();
                Fix fix = who.contains("\n") || who.contains("\\") ? Fix.displayOnly("Use LABEL")
                        : Fix.safe("Use LABEL org.opencontainers.image.authors", List.of(Edit.replace(m.span().start(),
                        m.argument().span().end(), "LABEL org.opencontainers.image.authors=\""
                                + who.replace("\"", "\\\"") + "\"")));
                ctx.report(m.keyword().span(), "MAINTAINER is deprecated: the author goes in the label"
                        + " org.opencontainers.image.authors, which registries and scanners read", fix);
            }
        }
    }
}
