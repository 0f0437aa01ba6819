package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Flag;
import dev.layerlint.ast.From;
import dev.layerlint.ast.Instruction;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Vars;
import dev.layerlint.source.Span;
import dev.layerlint.source.Suggest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** BU016: FROM uses a variable that is no global ARG (declared before the first FROM) and no platform arg. */
public final class UndefinedArgInFrom extends BaseRule {
    public UndefinedArgInFrom() {
        super(new RuleInfo("BU016", "undefined-arg-in-from", "FROM uses a variable that is not declared before it",
                Severity.WARNING, List.of("UndefinedArgInFrom")));
    }

    @Override
    public void check(RuleContext ctx) {
        Set<String> declared = new LinkedHashSet<>(SemanticModel.PLATFORM_ARGS);
        for (Instruction i : ctx.file().instructions()) {
            if (i instanceof Arg arg) {
                if (ctx.model().stageOf(i) == null) {
                    arg.declarations().stream().map(ArgDeclaration::name).forEach(w -> declared.add(w.text()));
                }
            } else if (i instanceof From from && from.image() != null) {
                check(ctx, from.image().text(), from.image().span(), declared);
                Flag platform = from.flag("platform");
                if (platform != null && platform.hasValue()) {
                    check(ctx, platform.value(), platform.span(), declared);
                }
            }
        }
    }

    private static void check(RuleContext ctx, String text, Span span, Set<String> declared) {
        for (String name : Vars.referenced(text)) {
            if (!declared.contains(name)) {
                String close = Suggest.closest(name, declared);
                ctx.report(span, "FROM uses $" + name + ", which is not declared by an ARG before the first FROM: it"
                        + " expands to an empty string" + (close != null ? " (did you mean $" + close + "?)" : ""));
            }
        }
    }
}
