package dev.layerlint.rules.reproducibility;

import dev.layerlint.ast.From;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;

/**
 * RP001: FROM an image without a tag or digest, which means {@code :latest}.
 * Skips scratch, earlier stages and images named by a variable.
 */
public final class BaseImageUntagged extends BaseRule {
    public BaseImageUntagged() {
        super(new RuleInfo("RP001", "base-image-untagged", "FROM an image without a tag (it means :latest)",
                Severity.WARNING, List.of("DL3006")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            From from = stage.from();
            if (from.image() == null) {
                continue;
            }
            String image = from.image().text();
            if (!stage.hasImageBase() || image.startsWith("$") || image.contains("@")) {
                continue;
            }
            String last = image.substring(image.lastIndexOf('/') + 1);
            if (!last.contains(":") && !image.contains("$")) {
                ctx.report(from.image().span(), image + " has no tag, so it means " + image + ":latest: the base"
                        + " changes under a cached build whenever the tag moves, and a cache miss builds on another"
                        + " release; name a version (" + last + ":1.2) or a digest");
            }
        }
    }
}
