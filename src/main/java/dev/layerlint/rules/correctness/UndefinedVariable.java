package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Arg;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.Expose;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Run;
import dev.layerlint.ast.Word;
import dev.layerlint.model.Binding;
import dev.layerlint.model.ExpandedWords;
import dev.layerlint.model.Scope;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Stages;
import dev.layerlint.rules.Vars;
import dev.layerlint.source.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * BU015: a variable the builder expands (ENV, LABEL, COPY, ADD, WORKDIR,
 * USER, VOLUME, ...) that no ARG or ENV defines: it becomes an empty string.
 * The base image's ENV cannot be seen from the text, so on a stage built on
 * an image we report only what is certainly wrong: a near-miss of a defined
 * name ("did you mean"), or a name this stage defines only further down.
 * On {@code scratch} (and stages built on it) every undefined name is
 * reported, as BuildKit's UndefinedVar does.
 */
public final class UndefinedVariable extends BaseRule {
    /** Names base images commonly set; never guessed as typos. */
    private static final Set<String> IMAGE_ENV = Set.of("PATH", "HOME", "HOSTNAME", "LANG", "LANGUAGE", "LC_ALL",
            "TERM", "PWD", "USER", "SHELL", "TZ", "JAVA_HOME", "GOPATH", "GOROOT", "CARGO_HOME", "RUSTUP_HOME",
            "PYTHONPATH", "LD_LIBRARY_PATH", "NODE_PATH", "GEM_HOME", "BUNDLE_PATH", "MAVEN_HOME", "GRADLE_HOME",
            "CATALINA_HOME", "NGINX_VERSION", "PYTHON_VERSION", "NODE_VERSION", "GOLANG_VERSION", "JAVA_VERSION",
            "RUBY_VERSION", "PHP_VERSION", "USERNAME", "UID", "GID", "PHP_INI_DIR", "APP_HOME");

    public UndefinedVariable() {
        super(new RuleInfo("BU015", "undefined-variable", "A variable is used that no ARG or ENV defines",
                Severity.WARNING, List.of("UndefinedVar")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            Stage root = Stages.inherited(ctx, stage).root();
            boolean imageEnvUnknown = root.hasImageBase() || root.baseImage() == null;
            List<Instruction> body = stage.instructions();
            for (int k = 0; k < body.size(); k++) {
                Instruction i = body.get(k);
                Scope scope = ctx.model().scopeBefore(i);
                if (scope == null) {
                    continue;
                }
                if (i instanceof Run) {
                    // whether BuildKit's UndefinedVar reads mount options is not established: left alone. EXPOSE is
                    // expanded too (BuildKit's check skips it, but `EXPOSE $PORT` with PORT unset still exposes
                    // nothing), so it is read like every other word ExpandedWords gives
                    continue;
                }
                for (Word w : ExpandedWords.of(i)) {
                    for (String name : Vars.referenced(w.text(), ctx.file().escapeChar())) {
                        if (scope.get(name) != null || SemanticModel.PLATFORM_ARGS.contains(name)
                                || SemanticModel.PROXY_ARGS.contains(name.toUpperCase(Locale.ROOT))
                                || hasFallback(w.text(), name)) {
                            continue;
                        }
                        if (ctx.model().globalScope().get(name) != null) {
                            // a global ARG is visible in FROM only: inside a stage it is empty until declared again
                            ctx.report(w.span(), "$" + name + " is a global ARG (declared before the first FROM),"
                                    + " which a stage does not see until it declares it again: in this "
                                    + i.keyword().name() + " it expands to an empty string; add `ARG " + name
                                    + "` after this stage's FROM");
                            continue;
                        }
                        Set<String> known = new LinkedHashSet<>();
                        scope.bindings().stream().map(Binding::name).forEach(known::add);
                        if (imageEnvUnknown && IMAGE_ENV.contains(name)) {
                            continue;
                        }
                        String close = Suggest.closest(name, known);
                        Instruction later = definedLater(body, k, name);
                        boolean nowhere = close == null && later == null && i instanceof Expose
                                && !definedAnywhere(ctx, name);
                        if (imageEnvUnknown && close == null && later == null && !nowhere) {
                            continue;
                        }
                        String why = later != null ? ": it is defined only later, on line " + later.span().startLine()
                                : close != null ? " (did you mean $" + close + "?)"
                                : nowhere && imageEnvUnknown ? " (no ARG or ENV in this file sets it; unless "
                                + root.baseImage() + " sets it in its ENV, nothing is exposed)" : "";
                        ctx.report(w.span(), "$" + name + " is not defined by any ARG or ENV before this "
                                + i.keyword().name() + " and expands to an empty string" + why);
                    }
                }
            }
        }
    }

    /** Whether any ARG or ENV of the file (any stage, or a global ARG) names it. */
    private static boolean definedAnywhere(RuleContext ctx, String name) {
        for (Instruction i : ctx.file().instructions()) {
            Instruction u = Stages.unwrap(i);
            if (u instanceof Arg a) {
                for (var d : a.declarations()) {
                    if (d.name().text().equals(name)) {
                        return true;
                    }
                }
            } else if (u instanceof Env e) {
                for (var p : e.pairs()) {
                    if (p.key().text().equals(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean hasFallback(String text, String name) {
        for (String op : new String[] {":-", "-", ":+", "+", ":?", "?"}) {
            if (text.contains("${" + name + op)) {
                return true;
            }
        }
        return false;
    }

    private static Instruction definedLater(List<Instruction> body, int from, String name) {
        for (Instruction i : body.subList(from + 1, body.size())) {
            List<String> names = new ArrayList<>();
            if (i instanceof Arg a) {
                a.declarations().forEach(d -> names.add(d.name().text()));
            } else if (i instanceof Env e) {
                e.pairs().forEach(p -> names.add(p.key().text()));
            }
            if (names.contains(name)) {
                return i;
            }
        }
        return null;
    }
}
