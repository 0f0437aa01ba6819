package dev.layerlint.rules.reproducibility;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;

/**
 * RP005: {@code npm install pkg} (also {@code yarn add}, {@code yarn global
 * add}, {@code pnpm add}, {@code bun add}) without {@code @version}; git
 * refs, tarballs and paths pin themselves.
 */
public final class NpmUnpinned extends UnpinnedPackages {
    public NpmUnpinned() {
        super(new RuleInfo("RP005", "npm-unpinned", "npm install of a package without a version", Severity.WARNING,
                List.of("DL3016")).withOnbuild(), Ecosystem.Pin.NPM);
    }
}
