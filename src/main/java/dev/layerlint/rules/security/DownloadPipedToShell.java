package dev.layerlint.rules.security;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SE007: a download piped into a shell ({@code curl ... | sh}, {@code sh -c
 * "$(curl ...)"}, {@code bash <(wget ...)}): code nobody reviewed runs as the
 * build user, unverified, and is cached as if it never changed.
 */
public final class DownloadPipedToShell extends BaseRule {
    private static final Pattern DOWNLOAD_SUBSTITUTED = Pattern.compile("(\\$\\(|<\\(|`)\\s*(curl|wget|fetch)\\b");

    private static final Set<String> SHELLS = Set.of("sh", "bash", "zsh", "dash", "ash", "ksh", "fish");
    private static final Set<String> FETCHERS = Set.of("curl", "wget", "fetch");

    public DownloadPipedToShell() {
        super(new RuleInfo("SE007", "download-piped-to-shell", "A download is piped into a shell", Severity.WARNING,
                List.of()).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Scripts.RunScript r : Scripts.of(ctx)) {
            List<ShellCommand> cs = r.script().commands();
            for (int k = 0; k < cs.size(); k++) {
                ShellCommand c = cs.get(k);
                boolean piped = k > 0 && c.connector().equals("|") && SHELLS.contains(c.program())
                        && FETCHERS.contains(cs.get(k - 1).program()) && c.positionals().stream()
                        .noneMatch(w -> !w.value().startsWith("-") && !w.value().equals("-s"));
                boolean substituted = SHELLS.contains(c.program()) && c.args().stream().anyMatch(
                        (ShellWord w) -> DOWNLOAD_SUBSTITUTED.matcher(w.raw()).find());
                if (piped || substituted) {
                    ctx.report(r.span(piped ? cs.get(k - 1) : c), "a downloaded script runs unverified: whatever the"
                            + " server (or anyone between) sends that day executes in the build, and the layer is"
                            + " cached as if it never changed; download to a file, check its sha256, then run it");
                }
            }
        }
    }
}
