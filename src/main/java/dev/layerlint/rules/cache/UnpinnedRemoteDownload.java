package dev.layerlint.rules.cache;

import dev.layerlint.ast.Run;
import dev.layerlint.ast.ShellForm;
import dev.layerlint.cache.Step;
import dev.layerlint.fix.Fix;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import dev.layerlint.source.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CA003: a RUN downloads a URL or clones a repository with no version pin
 * and no checksum check. A RUN step's cache key is its text, so the download
 * is cached forever and the layer goes stale without anyone noticing.
 */
public final class UnpinnedRemoteDownload extends BaseRule {
    public static final RuleInfo INFO = new RuleInfo("CA003", "unpinned-remote-download",
            "A RUN downloads a moving target (no version pin, no checksum), so its cached layer goes stale",
            Severity.WARNING, List.of());

    /**
     * A pin in a URL path: a version (1.2, v3, a date), a commit SHA or other
     * content hash (32+ hex digits), a GUID, or a variable ({@code $VERSION},
     * {@code %VERSION%}): the URL names one artifact, so its text changes with it.
     */
    private static final Pattern VERSIONED = Pattern.compile(
            "(\\d+\\.\\d+|[/_\\-.@=]v?\\d+([/_\\-.]|$)|[0-9a-fA-F]{32,}"
            + "|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
            + "|\\$\\{?[A-Za-z_]|%[A-Za-z_]+%)");
    private static final Pattern MOVING = Pattern.compile("(?i)(latest|nightly|master|main|stable|current|head|"
            + "snapshot|edge|trunk|develop)");
    /** Keys, signatures and checksum files: stable by design, and what verifies a pinned download. */
    private static final Pattern KEY_OR_SIGNATURE = Pattern.compile("(?i).*(\\.(gpg|asc|key|pub|sig|sha256|sha512|"
            + "sha256sum|sha1|md5|pem|crt)|/gpg|/key|KEYS|gpgkey|\\.sign)$");
    private static final Set<String> VERIFIERS = Set.of("sha256sum", "sha512sum", "sha1sum", "shasum", "md5sum",
            "gpg", "gpgv", "cosign", "minisign", "openssl", "b2sum", "sha384sum");

    public UnpinnedRemoteDownload() {
        super(INFO);
    }

    @Override
    public void check(RuleContext ctx) {
        for (Step step : ctx.cache().steps()) {
            if (!(step.instruction() instanceof Run run) || step.script().commands().isEmpty()) {
                continue;
            }
            List<ShellCommand> commands = step.script().commands();
            boolean verified = commands.stream().anyMatch(c -> VERIFIERS.contains(c.program())
                    && (c.hasFlag("-c", "--check", "--verify") || c.program().startsWith("gpg")
                    || c.program().equals("cosign") || c.program().equals("minisign")));
            if (verified) {
                continue;
            }
            for (ShellCommand c : commands) {
                String problem = null;
                ShellWord at = null;
                if (c.isProgram("curl", "wget")) {
                    for (ShellWord w : c.args()) {
                        String url = w.value();
                        if (isUrl(url) && !KEY_OR_SIGNATURE.matcher(stripQuery(url)).matches()
                                && !VERSIONED.matcher(pathOf(url)).find()) {
                            problem = c.program() + " downloads " + url;
                            at = w;
                            break;
                        }
                    }
                } else if (c.isProgram("git") && c.subcommand().equals("clone")) {
                    String branch = c.flagValue("--branch", "-b");
                    boolean checkedOut = commands.stream().anyMatch(o -> o.isProgram("git")
                            && (o.subcommand().equals("checkout") || o.subcommand().equals("reset")
                            || o.subcommand().equals("switch")));
                    boolean pinned = branch != null && VERSIONED.matcher("/" + branch).find()
                            && !MOVING.matcher(branch).matches();
                    if (!pinned && !checkedOut) {
                        List<ShellWord> pos = c.positionals("--branch", "-b", "--depth", "-c", "--config",
                                "--origin", "-o", "--filter", "--reference", "-j", "--jobs");
                        at = pos.size() > 1 ? pos.get(1) : c.words().get(0);
                        problem = "git clone of " + (pos.size() > 1 ? pos.get(1).value() : "a repository")
                                + (branch == null ? " (its default branch)" : " (branch " + branch + ")");
                    }
                }
                if (problem != null) {
                    Span span = run.command() instanceof ShellForm sf && at != null
                            && at.end() <= sf.logical().length() ? sf.logical().span(at.start(), at.end())
                            : run.keyword().span();
                    ctx.report(span, problem + " with no version pin and no checksum check: the step's cache key is"
                            + " its text, so the first download is cached forever and the layer goes stale silently",
                            Fix.displayOnly("Pin a version (an ARG in the URL, a tag or commit for git) and verify a"
                                    + " checksum in the same RUN, or use ADD --checksum=sha256:... <url>"));
                    break;
                }
            }
        }
    }

    private static boolean isUrl(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://") || l.startsWith("ftp://");
    }

    private static String stripQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /** The URL without scheme and host: versions in host names (python3.org) do not count. */
    private static String pathOf(String url) {
        String u = stripQuery(url);
        int scheme = u.indexOf("://");
        int slash = u.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "/" : u.substring(slash);
    }
}
