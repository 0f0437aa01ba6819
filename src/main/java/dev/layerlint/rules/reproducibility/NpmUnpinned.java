package dev.layerlint.rules.reproducibility;

import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.Set;

/**
 * RP005: {@code npm install pkg} (also {@code yarn add}, {@code yarn global
 * add}, {@code pnpm add}, {@code bun add}) without {@code @version}; git
 * refs, tarballs and paths pin themselves.
 */
public final class NpmUnpinned extends UnpinnedPackages {
    public NpmUnpinned() {
        super(new RuleInfo("RP005", "npm-unpinned", "npm install of a package without a version", Severity.WARNING,
                List.of("DL3016")).withOnbuild(),
                Set.of("npm", "yarn", "pnpm", "bun"), Set.of("install", "i", "add", "in", "isntall"),
                "typescript@5.6.3");
    }

    @Override
    boolean pinned(String word, ShellCommand command) {
        String name = word.startsWith("@") ? word.substring(1) : word;
        return name.contains("@") || word.contains("#") || word.contains("://") || word.startsWith(".")
                || word.startsWith("/") || word.startsWith("~") || word.startsWith("file:") || word.endsWith(".tgz")
                || word.endsWith(".tar.gz") || !word.startsWith("@") && word.contains("/") && !word.contains(":");
    }
}
