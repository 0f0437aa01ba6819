package dev.layerlint.rules.correctness;

import dev.layerlint.cache.Ecosystem;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** BU026: {@code apt} in a RUN: its command line is for people (unstable output, a warning on every use). */
public final class AptInScript extends BaseRule {
    public AptInScript() {
        super(new RuleInfo("BU026", "apt-in-script", "A RUN uses apt, the interactive front end; use apt-get",
                Severity.WARNING, List.of("DL3027")).withFix().withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        // one finding per RUN (its first apt), with one fix for every apt in it: three warnings for
        // "apt update && apt install && apt clean" say the same thing three times
        Map<Scripts.RunScript, List<Scripts.At>> byRun = new LinkedHashMap<>();
        for (Scripts.At at : Scripts.commands(ctx, "apt")) {
            byRun.computeIfAbsent(at.in(), k -> new ArrayList<>()).add(at);
        }
        for (List<Scripts.At> uses : byRun.values()) {
            List<Edit> edits = new ArrayList<>();
            List<String> verbs = new ArrayList<>();
            boolean all = true;
            for (Scripts.At at : uses) {
                ShellCommand c = at.command();
                ShellWord program = c.effectiveWords().get(0);
                Span span = at.in().span(program);
                String sub = c.subcommand(Ecosystem.valuedFlags("apt"));
                if (!sub.isEmpty() && !verbs.contains(sub)) {
                    verbs.add(sub);
                }
                if (Ecosystem.aptGetVerbs().contains(sub) && program.raw().equals("apt")
                        && span != at.in().run().keyword().span()) {
                    edits.add(Edit.replace(span.start(), span.end(), "apt-get"));
                } else {
                    all = false;
                }
            }
            Scripts.At first = uses.get(0);
            Fix fix = all ? Fix.safe("Use apt-get", edits) : Fix.displayOnly("Use apt-get or apt-cache");
            String what = uses.size() == 1 ? "apt " + (verbs.isEmpty() ? "" : verbs.get(0) + " ")
                    : "apt (" + uses.size() + " times: " + String.join(", ", verbs) + ") ";
            ctx.report(first.in().span(first.command().effectiveWords().get(0)), "this RUN calls " + what
                    + "through the interactive front end: its command line is not stable for scripts and it warns"
                    + " so on every run; use apt-get (apt-cache for search/show)", fix);
        }
    }
}
