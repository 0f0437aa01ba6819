package dev.layerlint.rules.reproducibility;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;

/** RP007: {@code gem install pkg} without {@code pkg:version} or {@code -v}. */
public final class GemUnpinned extends UnpinnedPackages {
    public GemUnpinned() {
        super(new RuleInfo("RP007", "gem-unpinned", "gem install without a version", Severity.WARNING,
                List.of("DL3028")).withOnbuild(), Ecosystem.Pin.GEM);
    }
}
