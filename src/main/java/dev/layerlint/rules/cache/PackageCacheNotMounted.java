package dev.layerlint.rules.cache;

import dev.layerlint.ast.Mount;
import dev.layerlint.ast.Run;
import dev.layerlint.cache.Builder;
import dev.layerlint.cache.Ecosystem;
import dev.layerlint.cache.Step;
import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.shell.ShellCommand;
import java.util.List;

/**
 * CA009 (info): a package install without {@code RUN --mount=type=cache}
 * on the package manager's cache directory. When the step reruns (and
 * cache rules cannot always prevent that), every package is downloaded
 * again; a cache mount keeps them between builds without entering the key.
 */
public final class PackageCacheNotMounted extends BaseRule {
    public static final RuleInfo INFO = new RuleInfo("CA009", "package-cache-not-mounted",
            "A package install without a cache mount downloads every package again when the step reruns",
            Severity.INFO, List.of()).withFix();

    public PackageCacheNotMounted() {
        super(INFO);
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.options().builder() != Builder.BUILDKIT) {
            return; // the classic builder has no cache mounts
        }
        for (Step step : ctx.cache().steps()) {
            if (!(step.instruction() instanceof Run run)) {
                continue;
            }
            for (ShellCommand c : step.script().commands()) {
                Ecosystem e = Ecosystem.installing(c);
                if (e == null || mounted(run, e)) {
                    continue;
                }
                String dir = Ecosystem.cacheDirs(Ecosystem.programOf(c)).get(0);
                String what = (c.program() + " " + String.join(" ", c.positionals().stream().limit(
                        e == Ecosystem.GO ? 2 : 1).map(w -> w.value()).toList())).strip();
                String message = what + " without a cache mount on " + dir
                        + ": each time this step reruns, every package is downloaded again";
                ctx.report(run.keyword().span(), message, fix(run, c, e, dir));
                break;
            }
        }
    }

    private static boolean mounted(Run run, Ecosystem e) {
        for (Mount m : run.mounts()) {
            String target = m.target();
            if ((m.type().equals("cache") || m.type().equals("tmpfs")) && target != null) {
                for (String dir : e.cacheDirs()) {
                    if (target.equals(dir) || dir.startsWith(target + "/") || target.startsWith(dir + "/")
                            || target.endsWith(dir.substring(dir.lastIndexOf('/')))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Fix fix(Run run, ShellCommand c, Ecosystem e, String dir) {
        String mount = "--mount=type=cache,target=" + dir;
        if (e == Ecosystem.APT) {
            return Fix.displayOnly("Use RUN --mount=type=cache,target=/var/cache/apt,sharing=locked"
                    + " --mount=type=cache,target=/var/lib/apt,sharing=locked, and remove"
                    + " /etc/apt/apt.conf.d/docker-clean first so apt keeps its downloads");
        }
        if (Ecosystem.disablesCache(c) || e.isSystemPackageManager()) {
            return Fix.displayOnly("Add " + mount + " to the RUN and drop the flag that disables the cache");
        }
        return new Fix("Add " + mount, Fix.Safety.UNSAFE,
                List.of(Edit.insert(run.keyword().span().end(), " " + mount)));
    }
}
