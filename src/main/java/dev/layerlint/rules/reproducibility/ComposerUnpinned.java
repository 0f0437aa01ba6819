package dev.layerlint.rules.reproducibility;

import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.Set;

/**
 * RP016: {@code composer require vendor/pkg} (or {@code composer global
 * require}) without a version constraint ({@code vendor/pkg:^1.2}); a bare
 * constraint word after the package also counts.
 */
public final class ComposerUnpinned extends UnpinnedPackages {
    public ComposerUnpinned() {
        super(new RuleInfo("RP016", "composer-unpinned", "composer require without a version constraint",
                Severity.WARNING, List.of()).withOnbuild(), Set.of("composer", "composer.phar"), Set.of("require"),
                "laravel/installer:^5.8");
    }

    @Override
    boolean pinned(String word, ShellCommand command) {
        // a version word of its own ("vendor/pkg 1.2") is not a package
        return word.contains(":") || word.contains("=") || !word.contains("/");
    }
}
