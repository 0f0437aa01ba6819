package dev.layerlint.rules.size;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import java.util.List;

/** SZ004: {@code apk add} without {@code --no-cache}. */
public final class ApkCacheKept extends CacheLeftInLayer {
    public ApkCacheKept() {
        super(new RuleInfo("SZ004", "apk-cache-kept", "apk add without --no-cache keeps the index in the layer",
                Severity.INFO, List.of("DL3019")).withOnbuild(), Ecosystem.APK.cacheDirs());
    }

    @Override
    boolean fills(ShellCommand c, Scripts.RunScript in, RuleContext ctx) {
        return Ecosystem.ofProgram(c) == Ecosystem.APK
                && Ecosystem.Pin.APK.verbs().contains(c.subcommand(Ecosystem.valuedFlags(c.program())))
                && !Ecosystem.disablesCache(c) && !c.hasFlag("--no-network");
    }

    @Override
    boolean cleans(ShellCommand c) {
        return Ecosystem.ofProgram(c) == Ecosystem.APK && Ecosystem.cleansCache(c);
    }

    @Override
    String message(ShellCommand install, String cacheDir) {
        return "apk add without --no-cache leaves the package index in this layer; use apk add --no-cache (or mount a"
                + " cache on " + cacheDir + ")";
    }
}
