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
                List.of("DL3033")).withOnbuild(), Set.of("yum"), Set.of("install", "localinstall"),
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
        return versionAfterDash(word) || word.contains("=") || word.endsWith(".rpm") || word.contains("/")
                || word.startsWith("@");
    }

    /** A dash followed by a digit (name-1.2.3). */
    private static boolean versionAfterDash(String word) {
        for (int i = word.indexOf('-'); i >= 0 && i + 1 < word.length(); i = word.indexOf('-', i + 1)) {
            if (Character.isDigit(word.charAt(i + 1)) && word.charAt(i + 1) < 128) {
                return true;
            }
        }
        return false;
    }
}
