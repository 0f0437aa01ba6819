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
 * CA005: an ARG whose name says it is there to bust the cache
 * ({@link VolatileArgs#bustIntent}) sits before expensive RUN steps that are
 * not the one it is meant to re-run (its first reader, else the first
 * download or clone, else the first index update), or in a stage that
 * others build on with nothing to refresh in it: each bust reruns all of
 * them. Quiet where the steps after it are the ones it is meant to refresh.
 * Never tells to remove it: changing is its purpose.
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
                if (!VolatileArgs.bustIntent(d.name().text())) {
                    continue;
                }
                Set<String> name = Set.of(d.name().text());
                Instruction reader = null;
                for (Instruction i : body.subList(k + 1, body.size())) {
                    if (Reads.readsAny(i, name, ctx.model(), ctx.cache())) {
                        reader = i;
                        break;
                    }
                }
                check(ctx, stage, body, k, arg, d, reader);
            }
        }
    }

    /**
     * The step a bust is meant to re-run: its first reader when a step reads
     * it ({@code RUN echo $CACHEBUST && git clone ...}); else the first
     * explicit download or clone after it, else the first package index
     * update. Every expensive step between the ARG and that step reruns on
     * each bust for nothing; the steps after it rerun anyway.
     */
    private void check(RuleContext ctx, Stage stage, List<Instruction> body, int k, Arg arg, ArgDeclaration d,
                       Instruction reader) {
        Instruction target = reader;
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
        if (target != null && !wasted.isEmpty()) {
            String meant = reader != null ? "its first reader" : "the " + fetchName(ctx.cache().step((Run) target))
                    + " it is meant to refresh";
            ctx.report(d.span(), "ARG " + name + " busts the cache of every RUN after line "
                    + arg.span().startLine() + ": " + VolatileArgBeforeRun.count(wasted) + " on each bust for"
                    + " nothing (" + VolatileArgBeforeRun.describe(wasted) + "); move it down to just above line "
                    + target.span().startLine() + ", " + meant,
                    new Fix("Move ARG " + name + " down to line " + target.span().startLine()
                            + ", just above the step it should re-run", Fix.Safety.SAFE,
                            Moves.moveBefore(ctx.file(), List.of(arg), target)));
        } else if (target == null) {
            List<Stage> children = ctx.model().children(stage);
            if (!children.isEmpty()) {
                ctx.report(d.span(), "ARG " + name + " busts the cache of stage " + stage.label()
                        + ", which stage " + children.get(0).label()
                        + " is built on: each bust rebuilds both stages",
                        Fix.displayOnly("Declare " + name + " in the stage that needs the fresh download, right"
                                + " above that step"));
            }
        }
    }

    /** What the target step fetches, for the message ({@code git clone}, {@code curl}, {@code apt-get update}). */
    private static String fetchName(Step step) {
        String index = null;
        for (ShellCommand c : step.script().commands()) {
            if (fetches(c) == 2) {
                return c.program().equals("git") ? "git " + c.subcommand() : c.program() + " download";
            }
            if (index == null && fetches(c) == 1) {
                index = c.program() + " " + c.subcommand();
            }
        }
        return index == null ? "step" : index;
    }

    /**
     * How clearly a RUN fetches something that changes upstream (what a cache
     * bust is for): 2 for an explicit download or clone, 1 for a package
     * index update, 0 for neither.
     */
    private static int fetches(Step step) {
        int best = 0;
        for (ShellCommand c : step.script().commands()) {
            best = Math.max(best, fetches(c));
        }
        return best;
    }

    private static int fetches(ShellCommand c) {
        String p = c.program();
        String sub = c.subcommand();
        if (p.equals("curl") || p.equals("wget") || p.equals("git") && (sub.equals("clone")
                || sub.equals("pull") || sub.equals("fetch"))) {
            return 2;
        }
        return Ecosystem.updatingIndex(c) != null || Ecosystem.upgrading(c) != null ? 1 : 0;
    }
}
