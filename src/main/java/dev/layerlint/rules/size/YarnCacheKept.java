package dev.layerlint.rules.size;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.Set;

/** SZ010: {@code yarn install} without {@code yarn cache clean} in the same RUN. */
public final class YarnCacheKept extends CacheLeftInLayer {
    private static final Set<String> INFO_FLAGS = Set.of("--version", "-v", "--help", "-h");

    public YarnCacheKept() {
        super(new RuleInfo("SZ010", "yarn-cache-kept", "yarn install without yarn cache clean keeps its cache in the"
                + " layer", Severity.INFO, List.of("DL3060")).withOnbuild(), withHomeForms(
                Ecosystem.YARN.cacheDirs(), ".cache/yarn"));
    }

    @Override
    boolean fills(ShellCommand c, Scripts.RunScript in, RuleContext ctx) {
        String sub = c.subcommand("--cwd", "--modules-folder", "--network-timeout", "--cache-folder");
        // a bare "yarn" installs too, unless it only asks for information (--version)
        boolean bare = sub.isEmpty() && c.args().stream().allMatch(w -> w.isFlag() && !INFO_FLAGS.contains(w.value()));
        return Ecosystem.installing(c) == Ecosystem.YARN && (bare || !sub.isEmpty())
                && !c.toString().contains("--cache-folder");
    }

    @Override
    boolean cleans(ShellCommand c) {
        return Ecosystem.ofProgram(c) == Ecosystem.YARN && Ecosystem.cleansCache(c);
    }

    @Override
    String message(ShellCommand install, String cacheDir) {
        return "yarn's package cache stays in this layer; end the RUN with && " + Ecosystem.cleanup("yarn")
                + " (or mount a cache on " + cacheDir + ")";
    }
}
