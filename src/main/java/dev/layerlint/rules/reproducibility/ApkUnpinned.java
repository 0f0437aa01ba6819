package dev.layerlint.rules.reproducibility;

import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Text;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.Set;

/** RP006: {@code apk add pkg} without {@code pkg=version} (or {@code ~}, {@code <}, {@code >}). */
public final class ApkUnpinned extends UnpinnedPackages {
    public ApkUnpinned() {
        super(new RuleInfo("RP006", "apk-unpinned", "apk add without package versions", Severity.WARNING,
                List.of("DL3018")).withOnbuild(), Set.of("apk"), Set.of("add"), "curl=8.11.1-r0, or curl~8.11");
    }

    @Override
    boolean pinned(String word, ShellCommand command) {
        return Text.containsAny(word, "=~<>") || word.endsWith(".apk");
    }
}
