package dev.layerlint.rules.reproducibility;

import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.Set;

/** RP015: {@code cargo install crate} without {@code --version} (or {@code crate@1.2}, a git rev or tag, a path). */
public final class CargoUnpinned extends UnpinnedPackages {
    public CargoUnpinned() {
        super(new RuleInfo("RP015", "cargo-unpinned", "cargo install without a crate version", Severity.WARNING,
                List.of()).withOnbuild(), Set.of("cargo"), Set.of("install"), "ripgrep@14.1.1, or --version 14.1.1");
    }

    @Override
    boolean pinned(String word, ShellCommand command) {
        return word.contains("@") || command.hasFlag("--version", "--vers", "--path", "--rev", "--tag")
                || word.startsWith(".") || word.startsWith("/");
    }
}
