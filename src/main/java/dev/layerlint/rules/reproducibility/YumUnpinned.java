package dev.layerlint.rules.reproducibility;

import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.Set;

/** RP008: {@code yum install pkg} without {@code pkg-version}; modules need {@code :stream}. */
public final class YumUnpinned extends UnpinnedPackages {
    public YumUnpinned() {
        super(new RuleInfo("RP008", "yum-unpinned", "yum install without package versions", Severity.WARNING,
                List.of("DL3033")), Set.of("yum"), Set.of("install", "localinstall"),
                "httpd-2.4.6");
    }

    @Override
    boolean pinned(String word, ShellCommand command) {
        return rpmPinned(word, command);
    }

    static boolean rpmPinned(String word, ShellCommand command) {
        if (command.subcommand().equals("module") || command.args().stream().anyMatch(a -> a.value().equals("module"))) {
            return word.contains(":");
        }
        return word.matches(".*-\\d.*") || word.contains("=") || word.endsWith(".rpm") || word.contains("/")
                || word.startsWith("@");
    }
}
