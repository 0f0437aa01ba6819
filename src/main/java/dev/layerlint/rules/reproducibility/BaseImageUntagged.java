package dev.layerlint.rules.reproducibility;

import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;

/**
 * RP001: FROM an image without a tag or digest, which means {@code :latest}.
 * Skips scratch and earlier stages; an image named by global ARGs is checked
 * with their defaults ({@code ARG BASE=repo/image} then {@code FROM $BASE}),
 * unless one has no default.
 */
public final class BaseImageUntagged extends BaseRule {
    public BaseImageUntagged() {
        super(new RuleInfo("RP001", "base-image-untagged", "FROM an image without a tag (it means :latest)",
                Severity.WARNING, List.of("DL3006")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            BaseImages.Resolved r = BaseImages.of(ctx, stage);
            if (r == null || r.image().contains("@")) {
                continue;
            }
            String image = r.image();
            String last = image.substring(image.lastIndexOf('/') + 1);
            if (!last.contains(":")) {
                String named = BaseImages.named(stage.from().image().text(), r);
                ctx.report(stage.from().image().span(), named + " has no tag, so it means " + image + ":latest: the"
                        + " base changes under a cached build whenever the tag moves, and a cache miss builds on"
                        + " another release; name " + BaseImages.tagAdvice(image) + ", or a digest");
            }
        }
    }
}
