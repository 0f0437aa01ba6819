package dev.layerlint.rules.correctness;

import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Downloads;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import dev.layerlint.source.Span;
import java.util.List;
import java.util.Set;

/**
 * BU028: {@code curl} without {@code -f} whose body is kept (written to a
 * file, or piped into a shell): on an HTTP error curl exits 0 with the
 * server's error page as the body, so the step goes on with a page of HTML
 * where a binary or a script should be. A pipe into another program (tar,
 * gpg) is left alone: that program rejects the page and fails the step. Not reported when the
 * script checks what it downloaded (a checksum or signature fails on the
 * page) or reads the status itself ({@code -w '%{http_code}'}).
 */
public final class CurlWithoutFail extends BaseRule {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "zsh", "dash", "ash", "ksh");

    public CurlWithoutFail() {
        super(new RuleInfo("BU028", "curl-without-fail",
                "curl without --fail keeps an HTTP error page as the download and the step goes on",
                Severity.WARNING, List.of()).withFix().withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        ShellCommand reported = null;
        for (Downloads.Download d : Downloads.of(ctx)) {
            ShellCommand c = d.command();
            if (c == reported || !d.isCurlOrWget() || !d.tool().equals("curl") || d.failsOnHttpError()
                    || d.output().equals("/dev/null") || c.hasFlag("-I", "--head") || readsStatus(c)
                    || d.verifiedInStage()) {
                continue;
            }
            String message;
            if (!d.toStdout()) {
                message = "curl without -f saves an HTTP error page (404, 500) as " + d.output() + " and exits 0:"
                        + " nothing says the download failed, and whatever uses " + d.output() + " next gets a page of"
                        + " HTML (a corrupt archive, a binary that does not run); add -f (--fail)";
            } else if (d.consumer() != null && SHELLS.contains(d.consumer())) {
                message = "curl without -f pipes an HTTP error page (404, 500) into " + d.consumer() + ", which"
                        + " runs it as a script: the failed download is never reported as one; add -f (--fail)";
            } else {
                // piped into tar, gpg, apt-key...: the consumer rejects a page of HTML and fails the step itself
                continue;
            }
            ShellWord program = c.effectiveWords().get(0);
            Span at = d.in().span(program);
            Fix fix = at.end() - at.start() == program.end() - program.start()
                    ? Fix.unsafe("Add -f so an HTTP error fails the step", List.of(Edit.insert(at.end(), " -f")))
                    : null;
            reported = c; // one finding per command, whatever its number of URLs
            ctx.report(d.in().span(c), message, fix);
        }
    }

    private static boolean readsStatus(ShellCommand c) {
        String w = c.flagValue("-w", "--write-out");
        return w != null && (w.contains("http_code") || w.contains("response_code"));
    }
}
