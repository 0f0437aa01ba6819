package dev.layerlint.rules.reproducibility;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;

/** RP006: {@code apk add pkg} without {@code pkg=version} (or {@code ~}, {@code <}, {@code >}). */
public final class ApkUnpinned extends UnpinnedPackages {
    public ApkUnpinned() {
        super(new RuleInfo("RP006", "apk-unpinned", "apk add without package versions", Severity.WARNING,
                List.of("DL3018")).withOnbuild().off(), Ecosystem.Pin.APK);
    }
}
