package dev.layerlint.rules.ci;

import dev.layerlint.fix.Fix;
import dev.layerlint.pipeline.Build;
import dev.layerlint.pipeline.CacheSpec;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.shell.ShellWord;
import java.util.List;

/**
 * CI005: the classic builder (DOCKER_BUILDKIT=0, or a Docker older than 23
 * such as a {@code docker:20.10-dind} service) uses {@code --cache-from IMAGE}
 * only when the image is already on the daemon; on a fresh daemon it must be
 * pulled first ({@code docker pull IMAGE || true}), else the flag does nothing.
 */
public final class ClassicCacheFromWithoutPull extends CiRule {
    public static final RuleInfo INFO = new RuleInfo("CI005", "classic-cache-from-without-pull",
            "The classic builder's --cache-from image is not pulled before the build", Severity.WARNING, List.of()).withFix();

    public ClassicCacheFromWithoutPull() {
        super(INFO);
    }

    @Override
    public void check(PipelineContext ctx) {
        for (Build b : ctx.pipeline().builds()) {
            if (b.engine != Build.Engine.CLASSIC) {
                continue;
            }
            List<Command> before = commands(b.job.steps()).stream()
                    .filter(c -> c.fileStart() < b.span.start()).toList();
            for (CacheSpec from : b.cacheFrom) {
                if (!from.bareRef()) {
                    continue;
                }
                String ref = normal(from.raw());
                if (pulled(before, ref)) {
                    continue;
                }
                ctx.report(from.span(), "the classic builder of " + name(b) + " uses --cache-from "
                        + from.raw().strip() + " only if that image is already on the daemon, and job " + b.job.name()
                        + " does not pull it before: on a fresh daemon the flag does nothing", pullFirst(ctx, b, from));
            }
        }
    }

    /** {@code docker pull IMAGE || true} on the line before the build, as the script writes lines. */
    private static Fix pullFirst(PipelineContext ctx, Build b, CacheSpec from) {
        String pull = "docker pull " + from.raw().strip() + " || true";
        var edit = YamlEdits.lineBefore(ctx.pipeline().source(), b, pull);
        return edit == null ? Fix.displayOnly("Pull it first: " + pull)
                : Fix.unsafe("Pull it first: " + pull, List.of(edit));
    }

    static boolean pulled(List<Command> commands, String ref) {
        for (Command c : commands) {
            if (!c.command().isProgram("docker")) {
                continue;
            }
            List<ShellWord> args = c.command().args();
            boolean pull = false;
            for (ShellWord w : args) {
                if (w.value().equals("pull")) {
                    pull = true;
                } else if (pull && !w.isFlag() && normal(w.raw()).equals(ref)) {
                    return true;
                }
            }
        }
        return false;
    }
}
