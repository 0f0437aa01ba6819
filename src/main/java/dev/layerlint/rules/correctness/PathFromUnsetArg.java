package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Word;
import dev.layerlint.ast.Workdir;
import dev.layerlint.model.Binding;
import dev.layerlint.model.Scope;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Vars;
import java.util.List;

/**
 * BU019: a WORKDIR or COPY/ADD destination built from an ARG that has no
 * default: without {@code --build-arg} it expands to an empty string and the
 * path silently changes ({@code /opt/$APP/bin} becomes {@code /opt//bin},
 * {@code $DIR} becomes the current directory).
 */
public final class PathFromUnsetArg extends BaseRule {
    public PathFromUnsetArg() {
        super(new RuleInfo("BU019", "path-from-unset-arg",
                "A WORKDIR or COPY destination uses an ARG that has no default", Severity.WARNING, List.of()));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            for (Instruction i : stage.instructions()) {
                Word path = i instanceof Workdir w ? w.argument() : i instanceof Copy c ? c.destination()
                        : i instanceof Add a ? a.destination() : null;
                Scope scope = ctx.model().scopeBefore(i);
                if (path == null || scope == null) {
                    continue;
                }
                for (String name : Vars.referenced(path.text(), ctx.file().escapeChar())) {
                    Binding b = scope.get(name);
                    if (b == null || b.hasValue() || b.kind() != Binding.Kind.ARG
                            || SemanticModel.PLATFORM_ARGS.contains(name) || path.text().contains("${" + name + ":")) {
                        continue;
                    }
                    ctx.report(path.span(), "ARG " + name + " (line " + b.definedAt().span().startLine() + ") has no"
                            + " default: without --build-arg " + name + "=..., this " + i.keyword().name() + " path"
                            + " expands to \"" + ctx.model().expand(i, path.text()).value() + "\"; give it a default"
                            + " or use ${" + name + ":?" + name + " is required}");
                    break;
                }
            }
        }
    }
}
