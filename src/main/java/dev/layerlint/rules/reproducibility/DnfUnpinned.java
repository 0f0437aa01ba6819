package dev.layerlint.rules.reproducibility;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;

/** RP010: {@code dnf}/{@code microdnf install pkg} without {@code pkg-version} (groups are not checked). */
public final class DnfUnpinned extends UnpinnedPackages {
    public DnfUnpinned() {
        super(new RuleInfo("RP010", "dnf-unpinned", "dnf or microdnf install without package versions",
                Severity.WARNING, List.of("DL3041")).withOnbuild().off(), Ecosystem.Pin.DNF);
    }
}
