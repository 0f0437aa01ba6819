package dev.layerlint.rules.reproducibility;

import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.Set;

/** RP010: {@code dnf}/{@code microdnf install pkg} without {@code pkg-version} (groups are not checked). */
public final class DnfUnpinned extends UnpinnedPackages {
    public DnfUnpinned() {
        super(new RuleInfo("RP010", "dnf-unpinned", "dnf or microdnf install without package versions",
                Severity.WARNING, List.of("DL3041")).withOnbuild(),
                Set.of("dnf", "microdnf", "tdnf"), Set.of("install"),
                "nginx-1.24.0");
    }

    @Override
    boolean pinned(String word, ShellCommand command) {
        return YumUnpinned.rpmPinned(word, command);
    }
}
