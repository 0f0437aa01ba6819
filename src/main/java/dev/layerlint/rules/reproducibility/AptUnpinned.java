package dev.layerlint.rules.reproducibility;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;

/** RP003: {@code apt-get install pkg} without {@code pkg=version}. */
public final class AptUnpinned extends UnpinnedPackages {
    public AptUnpinned() {
        super(new RuleInfo("RP003", "apt-unpinned", "apt-get install without package versions", Severity.WARNING,
                List.of("DL3008")).withOnbuild().off(), Ecosystem.Pin.APT);
    }
}
