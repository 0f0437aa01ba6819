package dev.layerlint.rules.reproducibility;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;

/** RP015: {@code cargo install crate} without {@code --version} (or {@code crate@1.2}, a git rev or tag, a path). */
public final class CargoUnpinned extends UnpinnedPackages {
    public CargoUnpinned() {
        super(new RuleInfo("RP015", "cargo-unpinned", "cargo install without a crate version", Severity.WARNING,
                List.of()).withOnbuild(), Ecosystem.Pin.CARGO);
    }
}
