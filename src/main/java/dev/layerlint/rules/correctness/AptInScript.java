package dev.layerlint.rules.correctness;

import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import dev.layerlint.source.Span;
import java.util.List;
import java.util.Set;

/** BU026: {@code apt} in a RUN: its command line is for people (unstable output, a warning on every use). */
public final class AptInScript extends BaseRule {
    private static final Set<String> SAME_IN_APT_GET = Set.of("install", "update", "upgrade", "dist-upgrade",
            "full-upgrade", "remove", "purge", "autoremove", "clean", "autoclean");

    public AptInScript() {
        super(new RuleInfo("BU026", "apt-in-script", "A RUN uses apt, the interactive front end; use apt-get",
                Severity.WARNING, List.of("DL3027")).withFix().withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Scripts.At at : Scripts.commands(ctx, "apt")) {
            ShellCommand c = at.command();
            ShellWord program = c.effectiveWords().get(0);
            Span span = at.in().span(program);
            String sub = c.subcommand("-o", "-c", "-t");
            Fix fix = SAME_IN_APT_GET.contains(sub) && program.raw().equals("apt") && span != at.in().run().keyword().span()
                    ? Fix.safe("Use apt-get", List.of(Edit.replace(span.start(), span.end(), "apt-get")))
                    : Fix.displayOnly("Use apt-get or apt-cache");
            ctx.report(span, "apt is the interactive front end: its command line is not stable for scripts and it"
                    + " warns so on every run; use apt-get (apt-cache for search/show)", fix);
        }
    }
}
