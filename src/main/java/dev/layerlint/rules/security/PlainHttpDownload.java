package dev.layerlint.rules.security;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Word;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Downloads;
import dev.layerlint.rules.RemoteUrl;
import dev.layerlint.rules.Stages;
import java.util.List;
import java.util.Locale;

/**
 * SE010: a download over a channel nobody authenticates: a plain
 * {@code http://} or {@code ftp://} URL fetched by curl, wget or ADD, or TLS
 * checks turned off ({@code curl -k}, {@code wget --no-check-certificate}),
 * with no checksum or signature check of what arrives. Local addresses
 * (localhost, 127.x, a bare host name of the build network) are left alone.
 */
public final class PlainHttpDownload extends BaseRule {
    public PlainHttpDownload() {
        super(new RuleInfo("SE010", "plain-http-download",
                "A download over plain HTTP (or with TLS checks off) is not checked, so anyone on the path can"
                        + " replace it", Severity.WARNING, List.of()).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Downloads.Download d : Downloads.of(ctx)) {
            if (!d.isCurlOrWget() || d.verifiedInStage()) {
                continue;
            }
            boolean insecure = d.tool().equals("curl") ? d.command().hasFlag("-k", "--insecure")
                    : d.command().hasFlag("--no-check-certificate");
            String scheme = plain(d.url());
            if (scheme != null) {
                ctx.report(d.span(), d.tool() + " fetches " + d.shown() + " over " + scheme
                        + " with no checksum check: anyone between the build and the server can replace what"
                        + " arrives, and the layer keeps it; use https://, or check a sha256 in the same RUN");
            } else if (insecure && d.url().toLowerCase(Locale.ROOT).startsWith("https://")
                    && !RemoteUrl.isLocal(d.url())) {
                ctx.report(d.span(), d.tool() + " fetches " + d.shown() + " with TLS certificate checks"
                        + " turned off (" + (d.tool().equals("curl") ? "-k" : "--no-check-certificate") + ") and no"
                        + " checksum check: anyone between the build and the server can replace what arrives");
            }
        }
        for (Stage stage : ctx.model().stages()) {
            for (Instruction i : Stages.withTriggers(stage, Add.class)) {
                Add add = (Add) Stages.unwrap(i);
                if (add.flag("checksum") != null) {
                    continue;
                }
                for (Word w : add.sources()) {
                    String scheme = plain(w.text());
                    if (scheme != null) {
                        ctx.report(w.span(), "ADD fetches " + w.text() + " over " + scheme + " with no --checksum:"
                                + " anyone between the build and the server can replace what arrives; use https://"
                                + " and ADD --checksum=sha256:...");
                    }
                }
            }
        }
    }

    /** The plain scheme of a URL to a remote host ("plain HTTP", "FTP"), or null. */
    private static String plain(String url) {
        String l = url.toLowerCase(Locale.ROOT);
        if (RemoteUrl.isLocal(url)) {
            return null;
        }
        return l.startsWith("http://") ? "plain HTTP" : l.startsWith("ftp://") ? "FTP" : null;
    }
}
