package dev.layerlint.rules.size;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import java.util.List;

/**
 * SZ007: an install by dnf, dnf5, microdnf or tdnf (the programs of
 * {@link Ecosystem.Pin#DNF}) without {@code clean all} in the same RUN.
 */
public final class DnfCacheKept extends CacheLeftInLayer {
    public DnfCacheKept() {
        super(new RuleInfo("SZ007", "dnf-cache-kept", "dnf install without dnf clean all keeps its cache in the layer",
                Severity.WARNING, List.of("DL3040")).withOnbuild(),
                Ecosystem.cacheDirs("dnf"));
    }

    @Override
    boolean fills(ShellCommand c, Scripts.RunScript in, RuleContext ctx) {
        return Ecosystem.Pin.DNF.runs(c) && Ecosystem.installing(c) == Ecosystem.YUM;
    }

    /** The program's own cache directories (microdnf's is yum's, tdnf has its own), the first named in the message. */
    @Override
    List<String> cacheDirs(ShellCommand install) {
        return Ecosystem.cacheDirs(install.program());
    }

    @Override
    boolean cleans(ShellCommand c) {
        return Ecosystem.ofProgram(c) == Ecosystem.YUM && Ecosystem.cleansCache(c);
    }

    @Override
    String message(ShellCommand install, String cacheDir) {
        return install.program() + "'s cache stays in this layer; end the RUN with && "
                + Ecosystem.cleanup(install.program()) + " (or mount a cache on " + cacheDir + ")";
    }
}
