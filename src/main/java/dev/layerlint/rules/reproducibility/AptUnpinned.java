package dev.layerlint.rules.reproducibility;

import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.Set;

/** RP003: {@code apt-get install pkg} without {@code pkg=version}. */
public final class AptUnpinned extends UnpinnedPackages {
    public AptUnpinned() {
        super(new RuleInfo("RP003", "apt-unpinned", "apt-get install without package versions", Severity.WARNING,
                List.of("DL3008")).withOnbuild(),
                Set.of("apt-get", "apt"), Set.of("install"), "curl=8.5.0-2ubuntu10.6");
    }

    @Override
    boolean pinned(String word, ShellCommand command) {
        return word.contains("=") || word.contains("/") || word.endsWith(".deb");
    }
}
