package dev.layerlint.rules.size;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import java.util.List;

/** SZ001: {@code apt-get update} without {@code rm -rf /var/lib/apt/lists/*} in the same RUN. */
public final class AptListsNotRemoved extends CacheLeftInLayer {
    public AptListsNotRemoved() {
        super(new RuleInfo("SZ001", "apt-lists-not-removed", "apt-get update leaves the package lists in the layer",
                Severity.INFO, List.of("DL3009")).withOnbuild(), Ecosystem.APT.indexDirs());
    }

    @Override
    boolean fills(ShellCommand c, Scripts.RunScript in, RuleContext ctx) {
        return Ecosystem.updatingIndex(c) == Ecosystem.APT;
    }

    @Override
    boolean cleans(ShellCommand c) {
        return Ecosystem.cleansIndex(c);
    }

    @Override
    String message(ShellCommand install, String cacheDir) {
        return "the package lists from " + install.program() + " update stay in this layer (tens of MB) and go stale;"
                + " end the RUN with && rm -rf /var/lib/apt/lists/* (or mount a cache on " + cacheDir + ")";
    }
}
