package dev.layerlint.rules.reproducibility;

import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.Set;

/** RP011: {@code go install/get/run module} without {@code @version}; {@code @latest} is not a pin. */
public final class GoUnpinned extends UnpinnedPackages {
    public GoUnpinned() {
        super(new RuleInfo("RP011", "go-unpinned", "go install, get or run of a module without a version",
                Severity.WARNING, List.of("DL3062")).withOnbuild(), Set.of("go"), Set.of("install", "get", "run"),
                "golang.org/x/tools/gopls@v0.16.2");
    }

    @Override
    boolean pinned(String word, ShellCommand command) {
        if (word.startsWith(".") || word.startsWith("/") || word.endsWith(".go") || !word.contains(".")
                && !word.contains("@")) {
            return true; // local packages, files, and std/short names
        }
        int at = word.lastIndexOf('@');
        return at > 0 && !word.substring(at + 1).equals("latest") && !word.substring(at + 1).equals("none")
                && !word.substring(at + 1).isEmpty();
    }
}
