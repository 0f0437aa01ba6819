package dev.layerlint.rules.size;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.Set;

/** SZ006: {@code zypper install} without {@code zypper clean} in the same RUN. */
public final class ZypperCacheKept extends CacheLeftInLayer {
    public ZypperCacheKept() {
        super(new RuleInfo("SZ006", "zypper-cache-kept", "zypper install without zypper clean keeps its cache in the"
                + " layer", Severity.WARNING, List.of("DL3036")).withOnbuild(), Ecosystem.ZYPPER.cacheDirs());
    }

    @Override
    boolean fills(ShellCommand c, Scripts.RunScript in, RuleContext ctx) {
        return c.isProgram("zypper") && Set.of("install", "in").contains(c.subcommand("-r", "--repo", "-t", "--type"));
    }

    @Override
    boolean cleans(ShellCommand c) {
        return c.isProgram("zypper") && Set.of("clean", "cc").contains(c.subcommand());
    }

    @Override
    String message(ShellCommand install) {
        return "zypper's cache stays in this layer; end the RUN with && zypper clean (or mount a cache on"
                + " /var/cache/zypp)";
    }
}
