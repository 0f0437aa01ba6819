package dev.layerlint.rules.reproducibility;

import dev.layerlint.ast.Flag;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;
import java.util.Locale;

/**
 * RP013: {@code FROM --platform=linux/amd64}: a constant platform defeats
 * multi-platform builds (the arm64 image gets amd64 binaries). Not reported
 * when the stage name mentions the platform's OS or architecture (a stage
 * meant for that platform), as BuildKit does.
 */
public final class PlatformConstant extends BaseRule {
    public PlatformConstant() {
        super(new RuleInfo("RP013", "platform-constant", "FROM --platform with a constant value", Severity.WARNING,
                List.of("DL3029", "FromPlatformFlagConstDisallowed")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            Flag platform = stage.from().flag("platform");
            if (platform == null || !platform.hasValue() || platform.value().contains("$") || platform.value().isEmpty()) {
                continue;
            }
            String value = platform.value().toLowerCase(Locale.ROOT);
            String name = stage.name() == null ? "" : stage.name().toLowerCase(Locale.ROOT);
            boolean named = false;
            for (String part : value.split("/")) {
                named |= !part.isEmpty() && name.contains(part);
            }
            if (!named) {
                ctx.report(platform.span(), "--platform=" + platform.value() + " is a constant: a multi-platform build"
                        + " gets this platform's base on every target; use $BUILDPLATFORM (tools that run during the"
                        + " build) or $TARGETPLATFORM, or drop the flag");
            }
        }
    }
}
