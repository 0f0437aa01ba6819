package dev.layerlint.rules.reproducibility;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;

/** RP008: {@code yum install pkg} without {@code pkg-version}; modules need {@code :stream}. */
public final class YumUnpinned extends UnpinnedPackages {
    public YumUnpinned() {
        super(new RuleInfo("RP008", "yum-unpinned", "yum install without package versions", Severity.WARNING,
                List.of("DL3033")).withOnbuild().off(), Ecosystem.Pin.YUM);
    }
}
