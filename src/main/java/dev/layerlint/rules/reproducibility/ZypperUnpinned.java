package dev.layerlint.rules.reproducibility;

import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Text;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.Set;

/** RP009: {@code zypper install pkg} without a version ({@code pkg=1.2}, {@code >=}, {@code <}). */
public final class ZypperUnpinned extends UnpinnedPackages {
    public ZypperUnpinned() {
        super(new RuleInfo("RP009", "zypper-unpinned", "zypper install without package versions", Severity.WARNING,
                List.of("DL3037")).withOnbuild(), Set.of("zypper"), Set.of("install", "in"), "curl=8.6.0");
    }

    @Override
    boolean pinned(String word, ShellCommand command) {
        return Text.containsAny(word, "=<>") || word.endsWith(".rpm");
    }
}
