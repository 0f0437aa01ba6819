package dev.layerlint.rules.reproducibility;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;

/** RP009: {@code zypper install pkg} without a version ({@code pkg=1.2}, {@code >=}, {@code <}). */
public final class ZypperUnpinned extends UnpinnedPackages {
    public ZypperUnpinned() {
        super(new RuleInfo("RP009", "zypper-unpinned", "zypper install without package versions", Severity.WARNING,
                List.of("DL3037")).withOnbuild().off(), Ecosystem.Pin.ZYPPER);
    }
}
