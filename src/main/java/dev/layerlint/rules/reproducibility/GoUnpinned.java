package dev.layerlint.rules.reproducibility;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;

/** RP011: {@code go install/get/run module} without {@code @version}; {@code @latest} is not a pin. */
public final class GoUnpinned extends UnpinnedPackages {
    public GoUnpinned() {
        super(new RuleInfo("RP011", "go-unpinned", "go install, get or run of a module without a version",
                Severity.WARNING, List.of("DL3062")).withOnbuild(), Ecosystem.Pin.GO);
    }
}
