package dev.layerlint.rules.reproducibility;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;

/**
 * RP016: {@code composer require vendor/pkg} (or {@code composer global
 * require}) without a version constraint ({@code vendor/pkg:^1.2}); a bare
 * constraint word after the package also counts.
 */
public final class ComposerUnpinned extends UnpinnedPackages {
    public ComposerUnpinned() {
        super(new RuleInfo("RP016", "composer-unpinned", "composer require without a version constraint",
                Severity.WARNING, List.of()).withOnbuild(), Ecosystem.Pin.COMPOSER);
    }
}
