package dev.layerlint.rules.reproducibility;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.List;

/**
 * RP004: {@code pip install pkg} (also {@code python -m pip}, {@code uv pip
 * install}, {@code uv tool install}, {@code pipx install}) without a version
 * specifier; requirement files, paths, wheels and VCS refs pin themselves.
 */
public final class PipUnpinned extends UnpinnedPackages {
    public PipUnpinned() {
        super(new RuleInfo("RP004", "pip-unpinned", "pip install without package versions", Severity.WARNING,
                List.of("DL3013")).withOnbuild(), Ecosystem.Pin.PIP);
    }
}
