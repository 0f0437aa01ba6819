package dev.layerlint.rules.cache;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Arg;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.ast.Label;
import dev.layerlint.ast.Run;
import dev.layerlint.ast.Workdir;
import dev.layerlint.cache.Builder;
import dev.layerlint.cache.Step;
import dev.layerlint.cache.VolatileArgs;
import dev.layerlint.fix.Fix;
import dev.layerlint.model.Binding;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Moves;
import dev.layerlint.rules.Reads;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CA006: a LABEL (or, with the classic builder, an ENV) carries a per-build
 * value before build steps. The classic builder keys every instruction and
 * chains them, so every later step rebuilds on every build; BuildKit treats
 * a LABEL as metadata (free), so there it is only a note. ENV under BuildKit
 * is CA001's case (its ARG).
 */
public final class VolatileMetadataEarly extends BaseRule {
    public static final RuleInfo INFO = new RuleInfo("CA006", "volatile-metadata-early",
            "A LABEL or ENV with a per-build value comes before build steps", Severity.WARNING, List.of()).withFix();

    public VolatileMetadataEarly() {
        super(INFO);
    }

    @Override
    public void check(RuleContext ctx) {
        Builder builder = ctx.options().builder();
        for (Stage stage : ctx.model().stages()) {
            List<Instruction> body = stage.instructions();
            for (int k = 0; k < body.size(); k++) {
                Instruction i = body.get(k);
                boolean label = i instanceof Label;
                if (!label && !(i instanceof Env && builder == Builder.CLASSIC)) {
                    continue;
                }
                String volatileArg = volatileSource(ctx, i);
                if (volatileArg == null) {
                    continue;
                }
                List<Instruction> later = new ArrayList<>();
                for (Instruction j : body.subList(k + 1, body.size())) {
                    Step s = ctx.cache(Builder.CLASSIC).step(j);
                    if (s != null && (j instanceof Run || j instanceof Copy
                            || j instanceof Add || j instanceof Workdir)) {
                        later.add(j);
                    }
                }
                if (later.isEmpty()) {
                    continue;
                }
                String kw = i.keyword().name();
                String consequence = builder == Builder.CLASSIC
                        ? "with the classic builder every later step (" + later.size() + " from line "
                        + later.get(0).span().startLine() + ") rebuilds on every build"
                        : "free with BuildKit (a LABEL is not a cache step), but with the classic builder every"
                        + " later step (" + later.size() + " from line " + later.get(0).span().startLine()
                        + ") rebuilds on every build";
                String message = kw + " carries " + volatileArg + ", which changes on every build: " + consequence;
                Fix fix = moveToEnd(ctx, body, k, i, volatileArg);
                if (builder == Builder.BUILDKIT) {
                    ctx.report(i.span(), message, fix, Severity.INFO);
                } else {
                    ctx.report(i.span(), message, fix);
                }
            }
        }
    }

    /** The per-build build argument feeding this instruction's values, or null. */
    private static String volatileSource(RuleContext ctx, Instruction i) {
        List<KeyValue> pairs = i instanceof Label l ? l.pairs() : ((Env) i).pairs();
        var scope = ctx.model().scopeBefore(i);
        for (KeyValue kv : pairs) {
            if (kv.value() == null) {
                continue;
            }
            for (String ref : ctx.model().expand(i, kv.value().text()).referenced()) {
                Binding b = scope.get(ref);
                if (b == null) {
                    continue;
                }
                for (String arg : b.fedByArgs()) {
                    Binding declared = scope.get(arg);
                    String def = declared == null ? null : declared.value();
                    VolatileArgs.Reason r = ctx.volatileArgs().classify(arg, def);
                    if (r != null && !r.what().equals(VolatileArgs.CACHE_BUSTING)) {
                        return arg + " (" + r.what() + ")";
                    }
                }
            }
        }
        return null;
    }

    /** Move the instruction (and its ARG, when nothing else reads it) to the end of the stage. */
    private static Fix moveToEnd(RuleContext ctx, List<Instruction> body, int k, Instruction i, String source) {
        String argName = source.substring(0, source.indexOf(' '));
        Instruction last = body.get(body.size() - 1);
        List<Instruction> moved = new ArrayList<>();
        for (Instruction j : body.subList(0, k)) {
            if (j instanceof Arg a && a.declarations().size() == 1
                    && a.declarations().get(0).name().text().equals(argName)) {
                boolean readElsewhere = false;
                for (Instruction o : body) {
                    if (o != i && o != a && Reads.readsAny(o, Set.of(argName), ctx.model(), ctx.cache())) {
                        readElsewhere = true;
                    }
                }
                if (!readElsewhere) {
                    moved.add(a);
                }
            }
        }
        if (moved.isEmpty() && ctx.model().scopeBefore(i).get(argName) != null
                && ctx.model().scopeBefore(i).get(argName).definedAt().span().start() > i.span().start()) {
            return Fix.displayOnly("Move " + i.keyword().name() + " to the end of the stage");
        }
        if (i instanceof Env env) {
            Set<String> names = new HashSet<>();
            env.pairs().forEach(kv -> names.add(kv.key().text()));
            for (Instruction o : body.subList(k + 1, body.size())) {
                if (Reads.readsAny(o, names, ctx.model(), ctx.cache())) {
                    return Fix.displayOnly("Move the ENV below line " + o.span().startLine()
                            + ", the last step that reads it, or pass the value where it is needed");
                }
            }
        }
        moved.add(i);
        return new Fix("Move " + i.keyword().name() + " (and the ARG feeding it) to the end of the stage",
                Fix.Safety.SAFE, Moves.moveAfter(ctx.file(), moved, last));
    }
}
