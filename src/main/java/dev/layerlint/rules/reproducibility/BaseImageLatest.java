package dev.layerlint.rules.reproducibility;

import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;

/** RP002: FROM {@code image:latest} without a digest (also through global ARG defaults, as RP001). */
public final class BaseImageLatest extends BaseRule {
    public BaseImageLatest() {
        super(new RuleInfo("RP002", "base-image-latest", "FROM an image with the tag latest", Severity.WARNING,
                List.of("DL3007")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            BaseImages.Resolved r = BaseImages.of(ctx, stage);
            if (r != null && r.image().endsWith(":latest") && !r.image().contains("@")) {
                String name = r.image().substring(0, r.image().length() - ":latest".length());
                ctx.report(stage.from().image().span(), BaseImages.named(stage.from().image().text(), r)
                        + ": latest moves with every release, so the image you test is not the one a cache miss"
                        + " builds on; pin " + BaseImages.tagAdvice(name) + ", or a digest");
            }
        }
    }
}
