package dev.layerlint.rules.reproducibility;

import dev.layerlint.ast.From;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;

/** RP002: FROM {@code image:latest} without a digest. */
public final class BaseImageLatest extends BaseRule {
    public BaseImageLatest() {
        super(new RuleInfo("RP002", "base-image-latest", "FROM an image with the tag latest", Severity.WARNING,
                List.of("DL3007")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            From from = stage.from();
            if (from.image() == null) {
                continue;
            }
            String image = from.image().text();
            if (stage.hasImageBase() && image.endsWith(":latest") && !image.contains("@")) {
                ctx.report(from.image().span(), image + ": latest moves with every release, so the image you test is"
                        + " not the one a cache miss builds on; pin a version tag or a digest");
            }
        }
    }
}
