package dev.layerlint.rules.reproducibility;

import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Text;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * RP004: {@code pip install pkg} (also {@code python -m pip}, {@code uv pip
 * install}, {@code uv tool install}, {@code pipx install}) without a version
 * specifier; requirement files, paths, wheels and VCS refs pin themselves.
 */
public final class PipUnpinned extends UnpinnedPackages {
    private static final Pattern FILE = Pattern.compile(".*\\.(whl|tar\\.gz|tgz|zip|tar\\.bz2)$");

    public PipUnpinned() {
        super(new RuleInfo("RP004", "pip-unpinned", "pip install without package versions", Severity.WARNING,
                List.of("DL3013")).withOnbuild(), Set.of("pip", "uv", "pipx"), Set.of("install"),
                "flask==3.0.3, or -r requirements.txt");
    }

    @Override
    boolean pinned(String word, ShellCommand command) {
        return Text.containsAny(word, "<>@") || word.contains("==") || word.contains("~=")
                || word.contains("!=") || word.contains("/") || word.startsWith(".")
                || FILE.matcher(word).matches() || word.contains("://");
    }
}
