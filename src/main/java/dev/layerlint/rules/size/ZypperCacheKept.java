package dev.layerlint.rules.size;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import java.util.List;

/** SZ006: {@code zypper install} without {@code zypper clean} in the same RUN. */
public final class ZypperCacheKept extends CacheLeftInLayer {
    public ZypperCacheKept() {
        super(new RuleInfo("SZ006", "zypper-cache-kept", "zypper install without zypper clean keeps its cache in the"
                + " layer", Severity.WARNING, List.of("DL3036")).withOnbuild(), Ecosystem.ZYPPER.cacheDirs());
    }

    @Override
    boolean fills(ShellCommand c, Scripts.RunScript in, RuleContext ctx) {
        return Ecosystem.installing(c) == Ecosystem.ZYPPER
                && !Ecosystem.ZYPPER.upgradeVerbs().contains(Ecosystem.subcommand(c, Ecosystem.ZYPPER));
    }

    @Override
    boolean cleans(ShellCommand c) {
        return Ecosystem.ofProgram(c) == Ecosystem.ZYPPER && Ecosystem.cleansCache(c);
    }

    @Override
    String message(ShellCommand install, String cacheDir) {
        return "zypper's cache stays in this layer; end the RUN with && " + Ecosystem.cleanup("zypper")
                + " (or mount a cache on " + cacheDir + ")";
    }
}
