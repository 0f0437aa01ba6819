package dev.layerlint.rules.security;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.List;

/** SE002: sudo in a RUN: unpredictable TTY and signal behaviour, and a privilege tool left in the image. */
public final class SudoInRun extends BaseRule {
    public SudoInRun() {
        super(new RuleInfo("SE002", "sudo-in-run", "A RUN uses sudo", Severity.ERROR, List.of("DL3004")).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Scripts.RunScript r : Scripts.of(ctx)) {
            for (ShellCommand c : r.script().commands()) {
                String first = c.words().isEmpty() ? "" : c.words().get(0).value();
                if (first.equals("sudo") || first.endsWith("/sudo")) {
                    ShellWord w = c.words().get(0);
                    ctx.report(r.span(w), "sudo in a RUN: RUN already runs as the current USER, sudo adds TTY and"
                            + " signal surprises and needs a privilege tool in the image; switch with USER root"
                            + " (and back) around the steps that need it");
                }
            }
        }
    }
}
