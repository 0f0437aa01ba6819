package dev.layerlint.rules.style;

import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import java.util.List;

/** ST013: one stage uses both curl and wget; one download tool is enough (and one less package in the image). */
public final class CurlAndWget extends BaseRule {
    public CurlAndWget() {
        super(new RuleInfo("ST013", "curl-and-wget", "A stage uses both curl and wget", Severity.WARNING,
                List.of("DL4001")).withOnbuild().off());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            String first = null;
            for (Scripts.RunScript r : Scripts.of(ctx, stage)) {
                for (ShellCommand c : r.script().commands("curl", "wget")) {
                    if (first == null) {
                        first = c.program();
                    } else if (!c.program().equals(first)) {
                        ctx.report(r.span(c), "this stage already downloads with " + first + "; using " + c.program()
                                + " too means two tools to install, patch and learn: pick one");
                    }
                }
            }
        }
    }
}
