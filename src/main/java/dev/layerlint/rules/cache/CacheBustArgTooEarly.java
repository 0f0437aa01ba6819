package dev.layerlint.rules.cache;

import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Run;
import dev.layerlint.cache.Ecosystem;
import dev.layerlint.cache.Step;
import dev.layerlint.cache.VolatileArgs;
import dev.layerlint.fix.Fix;
import dev.layerlint.model.Stage;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Moves;
import dev.layerlint.rules.Reads;
import dev.layerlint.shell.ShellCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CA005: an ARG that exists only to bust the cache (never read) sits before
 * expensive RUN steps that are not the one it is meant to re-run, or in a
 * stage that others build on: each bust reruns all of them.
 */
public final class CacheBustArgTooEarly extends BaseRule {
    public static final RuleInfo INFO = new RuleInfo("CA005", "cache-bust-arg-too-early",
            "A cache-busting ARG is placed before expensive steps it is not meant to re-run",
            Severity.WARNING, List.of()).withFix();

    public CacheBustArgTooEarly() {
        super(INFO);
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            List<Instruction> body = stage.instructions();
            for (int k = 0; k < body.size(); k++) {
                if (!(body.get(k) instanceof Arg arg) || arg.declarations().size() != 1) {
                    continue;
                }
                ArgDeclaration d = arg.declarations().get(0);
                VolatileArgs.Reason reason = ctx.volatileArgs().classify(d.name().text(), null);
                if (reason == null || !reason.what().equals("a cache-busting value")) {
                    continue;
                }
                Set<String> name = Set.of(d.name().text());
                boolean read = body.subList(k + 1, body.size()).stream()
                        .anyMatch(i -> Reads.readsAny(i, name, ctx.model(), ctx.cache()));
                if (read) {
                    continue;
                }
                check(ctx, stage, body, k, arg, d);
            }
        }
    }

    private void check(RuleContext ctx, Stage stage, List<Instruction> body, int k, Arg arg, ArgDeclaration d) {
        // the step it is meant for: the first explicit download, else the first index update
        Run target = null;
        for (int strength = 2; strength >= 1 && target == null; strength--) {
            for (Instruction i : body.subList(k + 1, body.size())) {
                if (i instanceof Run run && fetches(ctx.cache().step(run)) >= strength) {
                    target = run;
                    break;
                }
            }
        }
        List<Step> wasted = new ArrayList<>();
        for (Instruction i : body.subList(k + 1, body.size())) {
            if (i == target) {
                break;
            }
            if (i instanceof Run run && ctx.cache().step(run).isExpensive()) {
                wasted.add(ctx.cache().step(run));
            }
        }
        String name = d.name().text();
        List<Stage> children = ctx.model().children(stage);
        if (target != null && !wasted.isEmpty()) {
            ctx.report(d.span(), "ARG " + name + " busts the cache of every RUN after line "
                    + arg.span().startLine() + ": " + VolatileArgBeforeRun.count(wasted) + " on each bust ("
                    + VolatileArgBeforeRun.describe(wasted) + ") although it seems meant for"
                    + " the download on line " + target.span().startLine(),
                    new Fix("Move ARG " + name + " down to line " + target.span().startLine()
                            + ", just before the step it should re-run", Fix.Safety.SAFE,
                            Moves.moveBefore(ctx.file(), List.of(arg), target)));
        } else if (!children.isEmpty()) {
            ctx.report(d.span(), "ARG " + name + " busts the cache of stage " + stage.label()
                    + ", which stage " + children.get(0).label() + " is built on: each bust rebuilds both stages",
                    Fix.displayOnly("Declare " + name + " in the stage that needs the fresh download, right above"
                            + " that step"));
        }
    }

    /**
     * How clearly a RUN fetches something that changes upstream (what a cache
     * bust is for): 2 for an explicit download or clone, 1 for a package
     * index update, 0 for neither.
     */
    private static int fetches(Step step) {
        int best = 0;
        for (ShellCommand c : step.script().commands()) {
            String p = c.program();
            String sub = c.subcommand();
            if (p.equals("curl") || p.equals("wget") || p.equals("git") && (sub.equals("clone")
                    || sub.equals("pull") || sub.equals("fetch"))) {
                return 2;
            }
            if (Ecosystem.updatingIndex(c) != null || Ecosystem.upgrading(c) != null) {
                best = 1;
            }
        }
        return best;
    }
}
