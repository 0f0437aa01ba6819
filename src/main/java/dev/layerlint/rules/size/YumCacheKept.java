package dev.layerlint.rules.size;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.Set;

/** SZ005: {@code yum install} without {@code yum clean all} in the same RUN. */
public final class YumCacheKept extends CacheLeftInLayer {
    public YumCacheKept() {
        super(new RuleInfo("SZ005", "yum-cache-kept", "yum install without yum clean all keeps its cache in the layer",
                Severity.WARNING, List.of("DL3032")).withOnbuild(), Ecosystem.cacheDirs("yum"));
    }

    @Override
    boolean fills(ShellCommand c, Scripts.RunScript in, RuleContext ctx) {
        return c.isProgram("yum") && Set.of("install", "groupinstall", "localinstall", "update", "upgrade")
                .contains(c.subcommand("--setopt", "-c", "--installroot", "--releasever"));
    }

    @Override
    boolean cleans(ShellCommand c) {
        return c.isProgram("yum") && c.subcommand().equals("clean");
    }

    @Override
    String message(ShellCommand install) {
        return "yum's cache stays in this layer; end the RUN with && yum clean all (or mount a cache on /var/cache/yum)";
    }
}
