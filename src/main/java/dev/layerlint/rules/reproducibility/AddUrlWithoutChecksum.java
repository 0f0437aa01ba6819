package dev.layerlint.rules.reproducibility;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Word;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Stages;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RP014: {@code ADD https://...} without {@code --checksum}: whatever the
 * server sends that day goes into the image unverified. Docker's advice is
 * {@code ADD --checksum=sha256:...}, not a curl in a RUN (that loses the
 * verification and caches the download forever). Git URLs pinned to a
 * commit are fine.
 */
public final class AddUrlWithoutChecksum extends BaseRule {
    private static final Pattern GIT_URL = Pattern.compile(".*\\.git([?#].*)?");

    public AddUrlWithoutChecksum() {
        super(new RuleInfo("RP014", "add-url-without-checksum", "ADD of a URL without --checksum", Severity.WARNING,
                List.of()).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction outer : ctx.file().instructions()) {
            if (!(Stages.unwrap(outer) instanceof Add add) || add.flag("checksum") != null) {
                continue;
            }
            for (Word w : add.sources()) {
                String src = w.text();
                boolean http = src.startsWith("http://") || src.startsWith("https://");
                boolean git = src.startsWith("git@") || GIT_URL.matcher(src).matches();
                if (http && !git) {
                    ctx.report(w.span(), "ADD downloads " + src + " without --checksum: whatever the server sends is"
                            + " put in the image unverified; add --checksum=sha256:<digest> (BuildKit checks it and"
                            + " fails on a mismatch)");
                }
            }
        }
    }
}
