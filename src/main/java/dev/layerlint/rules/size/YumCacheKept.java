package dev.layerlint.rules.size;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import java.util.List;

/** SZ005: {@code yum install} without {@code yum clean all} in the same RUN. */
public final class YumCacheKept extends CacheLeftInLayer {
    public YumCacheKept() {
        super(new RuleInfo("SZ005", "yum-cache-kept", "yum install without yum clean all keeps its cache in the layer",
                Severity.WARNING, List.of("DL3032")).withOnbuild(), Ecosystem.cacheDirs("yum"));
    }

    @Override
    boolean fills(ShellCommand c, Scripts.RunScript in, RuleContext ctx) {
        return Ecosystem.Pin.YUM.runs(c) && Ecosystem.installing(c) == Ecosystem.YUM;
    }

    @Override
    boolean cleans(ShellCommand c) {
        return Ecosystem.ofProgram(c) == Ecosystem.YUM && Ecosystem.cleansCache(c);
    }

    @Override
    String message(ShellCommand install, String cacheDir) {
        return "yum's cache stays in this layer; end the RUN with && " + Ecosystem.cleanup("yum") + " (or mount a cache on "
                + cacheDir + ")";
    }
}
