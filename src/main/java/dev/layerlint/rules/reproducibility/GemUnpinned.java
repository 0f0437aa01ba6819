package dev.layerlint.rules.reproducibility;

import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.Set;

/** RP007: {@code gem install pkg} without {@code pkg:version} or {@code -v}. */
public final class GemUnpinned extends UnpinnedPackages {
    public GemUnpinned() {
        super(new RuleInfo("RP007", "gem-unpinned", "gem install without a version", Severity.WARNING,
                List.of("DL3028")).withOnbuild(),
                Set.of("gem"), Set.of("install", "i"), "bundler:2.5.22, or -v 2.5.22");
    }

    @Override
    boolean pinned(String word, ShellCommand command) {
        return word.contains(":") || word.endsWith(".gem") || command.hasFlag("-v", "--version");
    }
}
