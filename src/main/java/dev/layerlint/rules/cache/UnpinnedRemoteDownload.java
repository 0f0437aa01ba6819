package dev.layerlint.rules.cache;

import dev.layerlint.fix.Fix;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Downloads;
import dev.layerlint.rules.Downloads.Download;
import java.util.List;

/**
 * CA003: a RUN downloads a moving target (a URL with no version, a default
 * branch, a "latest" link) and nothing in the RUN checks that file against a
 * fixed digest. A RUN step's cache key is its text, so the first download is
 * cached forever and the layer goes stale without anyone noticing. Each
 * download is judged on its own ({@link Downloads}): its URL, and whether
 * <em>its</em> file is verified; each moving one is reported at its URL.
 */
public final class UnpinnedRemoteDownload extends BaseRule {
    public static final RuleInfo INFO = new RuleInfo("CA003", "unpinned-remote-download",
            "A RUN downloads a moving target (no version pin, no checksum), so its cached layer goes stale",
            Severity.WARNING, List.of());

    public UnpinnedRemoteDownload() {
        super(INFO);
    }

    @Override
    public void check(RuleContext ctx) {
        for (Download d : Downloads.of(ctx)) {
            if (d.isPinned()) {
                continue;
            }
            ctx.report(d.span(), what(d) + " (" + d.moving() + ") " + unverified(d) + ": the step's cache key is its"
                    + " text, so the first download is cached forever and the layer goes stale silently",
                    Fix.displayOnly(advice(d)));
        }
    }

    private static String what(Download d) {
        String program = d.command().effectiveWords().isEmpty() ? d.command().program()
                : d.command().effectiveWords().get(0).value(); // as written: Invoke-WebRequest, /usr/bin/curl
        return switch (d.kind()) {
            case FILE -> program + " downloads " + d.shown();
            case CLONE -> "git clone of " + d.shown();
            case PACKAGE -> program + " installs " + d.shown();
            case IMAGE -> program + " pull of " + d.shown();
        };
    }

    private static String unverified(Download d) {
        return switch (d.check()) {
            case MOVING_DIGEST -> "with no version pin, and its checksum is fetched at build time from a moving"
                    + " source, so the check pins nothing";
            case SIGNATURE -> "with no version pin: its signature check proves who built it, not which version";
            default -> d.consumer() != null ? "with no version pin and no checksum check, piped straight into "
                    + d.consumer() : "with no version pin and no checksum check";
        };
    }

    private static String advice(Download d) {
        return switch (d.kind()) {
            case FILE -> d.output() == null || d.output().equals("-")
                    ? "Download a versioned URL (the version in an ARG), or save " + d.shown() + " to a file and check"
                    + " it against a fixed sha256 in the same RUN before using it"
                    : "Download a versioned URL (the version in an ARG), or check " + d.output() + " against a fixed"
                    + " sha256 in the same RUN (echo \"<sha256>  " + d.output() + "\" | sha256sum -c -)";
            case CLONE -> "Clone a tag or a commit: git clone --branch <tag>, or git checkout <commit> after the clone";
            case PACKAGE -> "Name a version: a tag or commit after @ for a VCS URL, a versioned file for a URL";
            case IMAGE -> "Pull a versioned tag or a digest (" + d.shown().replaceFirst(":[^:/]*$", "")
                    + "@sha256:...)";
        };
    }
}
