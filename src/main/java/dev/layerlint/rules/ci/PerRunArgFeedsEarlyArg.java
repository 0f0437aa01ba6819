package dev.layerlint.rules.ci;

import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Run;
import dev.layerlint.cache.Step;
import dev.layerlint.fix.Fix;
import dev.layerlint.model.Stage;
import dev.layerlint.pipeline.Build;
import dev.layerlint.pipeline.BuildArg;
import dev.layerlint.pipeline.DockerfileLink;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CI013, the cross-file finding: a build argument whose value is new every
 * run (a build id, a commit SHA, a date, a token from an auth task) feeds an
 * ARG that the Dockerfile declares above RUN steps: the ARG is in the
 * environment of every RUN after it, so every run rebuilds from the first of
 * them. Reported in the pipeline at the argument, naming the step that makes
 * the value, the Dockerfile line and the steps it rebuilds; the Dockerfile
 * end is CA001, which knows the ARG is per-run when the pipeline is checked
 * in the same run.
 */
public final class PerRunArgFeedsEarlyArg extends CiRule {
    public static final RuleInfo INFO = new RuleInfo("CI013", "per-run-arg-feeds-early-arg",
            "A build argument that changes every run feeds an ARG declared above expensive RUN steps",
            Severity.WARNING, List.of());

    public PerRunArgFeedsEarlyArg() {
        super(INFO);
    }

    /** Where a per-run argument lands in the Dockerfile: the ARG, the RUN steps after it, the expensive ones. */
    public record Landing(Arg arg, List<Step> rebuilt, List<Step> expensive) {
    }

    @Override
    public void check(PipelineContext ctx) {
        for (Build b : ctx.pipeline().builds()) {
            DockerfileLink link = null;
            for (BuildArg a : b.args) {
                if (!a.origin().perRun()) {
                    continue;
                }
                if (link == null) {
                    link = ctx.dockerfile(b);
                    if (link == null) {
                        break;
                    }
                }
                Landing l = landing(link, a.name());
                if (l == null) {
                    continue;
                }
                Step first = l.rebuilt().get(0);
                ctx.report(a.span(), "--build-arg " + a.name() + " of " + name(b) + " is new every run ("
                        + a.origin().why() + "), and " + link.display() + ":" + l.arg().span().startLine()
                        + " declares ARG " + a.name() + " above " + count(l.expensive()) + ": every run rebuilds"
                        + " from line " + first.instruction().span().startLine() + " (" + lines(l.expensive())
                        + "); declare the ARG just before the step that reads it, or pass the value as a secret",
                        Fix.displayOnly(secret(a, first, l)));
            }
        }
    }

    /**
     * The value as a build secret, built from the names in the finding: the pipeline passes it with
     * {@code --secret id=ID,env=NAME} (the value in the build's environment), and the RUN that needs it
     * reads it with {@code --mount=type=secret,id=ID,env=NAME}; a secret is never part of a cache key.
     */
    private static String secret(BuildArg a, Step first, Landing l) {
        String id = a.name().toLowerCase(Locale.ROOT).replace('_', '-');
        // the pipeline side: the variable the value is read from ($(NAME), $NAME, ${NAME}), as an env name
        Matcher v = Pattern.compile("^\\$(?:\\(([\\w.]+)\\)|\\{?(\\w+)}?)$")
                .matcher(a.value().strip());
        String from = v.matches() ? (v.group(1) != null ? v.group(1).toUpperCase(Locale.ROOT)
                .replace('.', '_') : v.group(2)) : a.name();
        // the Dockerfile side: the ENV the ARG feeds (what the RUN steps read), else the ARG's own name
        String into = a.name();
        for (Instruction i : stageOf(l)) {
            if (i instanceof Env env) {
                for (var kv : env.pairs()) {
                    String val = kv.value() == null ? "" : kv.value().text();
                    if (val.matches(".*\\$\\{?" + Pattern.quote(a.name()) + "\\b.*")) {
                        into = kv.key().text();
                    }
                }
            }
        }
        return "Pass it as a build secret: --secret id=" + id + ",env=" + from + " on the build, and RUN"
                + " --mount=type=secret,id=" + id + ",env=" + into + " on the RUN that needs it (line "
                + first.instruction().span().startLine() + " first) instead of ARG " + a.name()
                + (into.equals(a.name()) ? "" : " and its ENV " + into);
    }

    private static List<Instruction> stageOf(Landing l) {
        return l.rebuilt().isEmpty() ? List.of() : l.rebuilt().get(0).stage().instructions();
    }

    /** The first stage ARG named {@code name} in a stage the build runs that has expensive RUN steps after it. */
    public static Landing landing(DockerfileLink link, String name) {
        for (Stage stage : link.model().stages()) {
            if (!link.model().isReachable(stage)) {
                continue;
            }
            for (Instruction i : stage.instructions()) {
                if (!(i instanceof Arg arg) || !declares(arg, name)) {
                    continue;
                }
                List<Step> rebuilt = new ArrayList<>();
                List<Step> expensive = new ArrayList<>();
                boolean started = false;
                for (Step s : link.cache().steps()) {
                    if (s.stage() != stage || !s.isStep() || s.instruction().span().start() <= arg.span().start()) {
                        continue;
                    }
                    started |= s.instruction() instanceof Run;
                    if (started) {
                        rebuilt.add(s);
                        if (s.isExpensive()) {
                            expensive.add(s);
                        }
                    }
                }
                if (!expensive.isEmpty()) {
                    return new Landing(arg, rebuilt, expensive);
                }
            }
        }
        return null;
    }

    private static boolean declares(Arg arg, String name) {
        for (ArgDeclaration d : arg.declarations()) {
            if (d.name().text().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String count(List<Step> steps) {
        return steps.size() == 1 ? "1 expensive step" : steps.size() + " expensive steps";
    }

    private static String lines(List<Step> steps) {
        List<String> out = new ArrayList<>();
        for (Step s : steps) {
            out.add("line " + s.instruction().span().startLine());
            if (out.size() == 4 && steps.size() > 4) {
                out.add("...");
                break;
            }
        }
        return "expensive: " + String.join(", ", out);
    }
}
