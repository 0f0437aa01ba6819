package dev.layerlint.rules.style;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.rules.Stages;
import dev.layerlint.shell.ShellCommand;
import java.util.List;

/** ST005: wget without a quiet or progress option fills the build log with a progress bar per download. */
public final class WgetProgressBar extends BaseRule {
    public WgetProgressBar() {
        super(new RuleInfo("ST005", "wget-progress-bar", "wget without --progress or -q floods the build log",
                Severity.INFO, List.of("DL3047")).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Scripts.At at : Scripts.commands(ctx, "wget")) {
            ShellCommand c = at.command();
            if (Stages.busyboxWget(ctx, at.in().stage())) {
                continue; // BusyBox wget has no --progress, and its meter is one redrawn line
            }
            if (!c.hasFlag("-q", "--quiet", "-nv", "--no-verbose", "--progress", "-o", "--output-file", "-a",
                    "--append-output", "-b", "--background")) {
                ctx.report(at.in().span(c), "wget without -q, -nv or --progress=dot:giga prints a progress bar line"
                        + " after line into the build log (megabytes for a large file)");
            }
        }
    }
}
