package dev.layerlint.rules.cache;

import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.ast.Run;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.Step;
import dev.layerlint.cache.VolatileArgs;
import dev.layerlint.fix.Fix;
import dev.layerlint.model.Binding;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.model.Stage;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Moves;
import dev.layerlint.rules.Reads;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CA001: an ARG whose value changes on every build sits in the environment
 * of expensive RUN steps, so they rerun on every build. Moving it (and the
 * ENV it feeds) down to its first reader keeps the steps above cached; a
 * credential that a step does read belongs in a secret mount, which is not
 * part of the cache key.
 */
public final class VolatileArgBeforeRun extends BaseRule {
    public static final RuleInfo INFO = new RuleInfo("CA001", "volatile-arg-before-run",
            "A build argument that changes on every build is in scope of expensive RUN steps",
            Severity.WARNING, List.of()).withFix();

    public VolatileArgBeforeRun() {
        super(INFO);
    }

    @Override
    public void check(RuleContext ctx) {
        SemanticModel model = ctx.model();
        CacheModel cache = ctx.cache();
        for (Stage stage : model.stages()) {
            for (Instruction i : stage.instructions()) {
                if (i instanceof Arg arg) {
                    for (ArgDeclaration d : arg.declarations()) {
                        check(ctx, model, cache, stage, arg, d);
                    }
                }
            }
        }
    }

    private void check(RuleContext ctx, SemanticModel model, CacheModel cache, Stage stage, Arg arg,
                       ArgDeclaration d) {
        String name = d.name().text();
        VolatileArgs.Reason reason = ctx.volatileArgs().classify(name,
                d.hasDefault() ? d.defaultValue().text() : model.globalScope().value(name));
        if (reason == null || VolatileArgs.bustIntent(name)) {
            return; // a cache buster is meant to rerun steps (even one listed in volatile-args): CA005 judges it
        }
        // the ENV instructions of this stage fed by the argument, and the names they set
        List<Env> fedEnvs = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(List.of(name));
        for (Step step : cache.steps()) {
            if (step.stage() == stage && step.instruction() instanceof Env env
                    && after(env, arg)) {
                for (Binding b : fedBindings(model, env, name)) {
                    names.add(b.name());
                    if (!fedEnvs.contains(env)) {
                        fedEnvs.add(env);
                    }
                }
            }
        }
        List<Step> affected = new ArrayList<>();
        List<Step> readers = new ArrayList<>();
        Instruction firstReader = null;
        for (Step step : cache.steps()) {
            Instruction i = step.instruction();
            if (!inScope(stage, step.stage()) || !after(i, arg) || fedEnvs.contains(i)) {
                continue;
            }
            boolean reads = Reads.readsAny(i, names, model, cache);
            if (reads && firstReader == null && step.stage() == stage) {
                firstReader = i;
            }
            if (i instanceof Run && step.isExpensive() && inEnvironment(step, name)) {
                affected.add(step);
                if (reads) {
                    readers.add(step);
                }
            }
        }
        if (affected.isEmpty()) {
            return;
        }
        final Instruction reader = firstReader;
        List<Step> needless = affected.stream().filter(s -> !readers.contains(s)).toList();
        List<Step> savedByMove = reader == null ? needless
                : needless.stream().filter(s -> s.instruction().span().start() < reader.span().start()).toList();
        if (needless.isEmpty() && !reason.credential()) {
            return; // every affected step reads the value: it has to rerun
        }
        StringBuilder message = new StringBuilder();
        message.append("ARG ").append(name).append(" is ").append(reason.what())
                .append(" and changes on every build; it is in the environment of every RUN after line ")
                .append(arg.span().startLine()).append(", so ").append(count(affected))
                .append(" on every build (").append(describe(affected)).append(")");
        if (!needless.isEmpty() && needless.size() < affected.size()) {
            message.append(", ").append(needless.size()).append(" of them without reading it");
        } else if (!needless.isEmpty()) {
            message.append(" without reading it");
        }
        Fix fix = null;
        if (!savedByMove.isEmpty() && reader != null && arg.declarations().size() == 1
                && fedEnvs.stream().allMatch(e -> e.span().start() < reader.span().start()
                && allPairsFed(model, e, name))) {
            List<Instruction> moved = new ArrayList<>();
            moved.add(arg);
            moved.addAll(fedEnvs);
            fix = new Fix("Move ARG " + name + (fedEnvs.isEmpty() ? "" : " and the ENV it feeds")
                    + " down to line " + reader.span().startLine() + ", its first use",
                    Fix.Safety.SAFE, Moves.moveBefore(ctx.file(), moved, reader));
        } else if (!savedByMove.isEmpty() && reader == null && arg.declarations().size() == 1
                && fedEnvs.isEmpty()) {
            fix = Fix.displayOnly("Nothing in this stage reads " + name + ": remove the ARG, or declare it where it"
                    + " is used");
        } else if (reason.credential() && !readers.isEmpty()) {
            Step readerStep = readers.get(0);
            String envName = names.size() > 1 ? names.stream().skip(1).findFirst().orElse(name) : name;
            String id = name.toLowerCase(Locale.ROOT);
            fix = Fix.displayOnly("Pass " + name + " as a build secret, which is not part of the cache key and does"
                    + " not stay in the image: write line " + readerStep.instruction().span().startLine()
                    + " as RUN --mount=type=secret,id=" + id + ",env=" + envName + " "
                    + firstLine(readerStep) + ", remove the ARG" + (fedEnvs.isEmpty() ? "" : " and the ENV")
                    + ", and build with --secret id=" + id + ",env=" + name);
        }
        if (fix != null && fix.safety() != Fix.Safety.DISPLAY_ONLY && reason.credential() && !readers.isEmpty()) {
            message.append("; the steps that read it should get it from a secret mount instead");
        }
        ctx.report(d.span(), message.toString(), fix);
    }

    private static boolean after(Instruction i, Instruction ref) {
        return i.span().start() > ref.span().start();
    }

    /** The stage itself, or one built on it (which inherits its ARG/ENV). */
    private static boolean inScope(Stage stage, Stage other) {
        for (Stage s = other; s != null; s = s.baseStage()) {
            if (s == stage) {
                return true;
            }
        }
        return false;
    }

    private static boolean inEnvironment(Step step, String arg) {
        return step.environment().stream().anyMatch(b -> b.fedByArgs().contains(arg));
    }

    private static List<Binding> fedBindings(SemanticModel model, Env env, String arg) {
        List<Binding> out = new ArrayList<>();
        var scope = model.scopeBefore(env);
        for (KeyValue kv : env.pairs()) {
            if (kv.value() == null) {
                continue;
            }
            for (String ref : model.expand(env, kv.value().text()).referenced()) {
                Binding b = scope.get(ref);
                if (b != null && b.fedByArgs().contains(arg)) {
                    out.add(new Binding(kv.key().text(), Binding.Kind.ENV, null, env, Set.of(arg)));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean allPairsFed(SemanticModel model, Env env, String arg) {
        return fedBindings(model, env, arg).size() == env.pairs().size();
    }

    /** "1 expensive step reruns" / "3 expensive steps rerun". */
    static String count(List<Step> steps) {
        return steps.size() == 1 ? "1 expensive step reruns" : steps.size() + " expensive steps rerun";
    }

    static String describe(List<Step> steps) {
        List<String> parts = new ArrayList<>();
        for (Step s : steps.subList(0, Math.min(3, steps.size()))) {
            parts.add(s.costReason().strip() + ", line " + s.instruction().span().startLine());
        }
        return String.join("; ", parts) + (steps.size() > 3 ? "; ..." : "");
    }

    private static String firstLine(Step step) {
        String text = Reads.runtimeText(step.instruction()).strip();
        String first = text.split("\n")[0];
        return first.length() > 60 ? first.substring(0, 57) + "..." : first;
    }
}
