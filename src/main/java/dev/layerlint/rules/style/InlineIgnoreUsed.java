package dev.layerlint.rules.style;

import dev.layerlint.ast.Comment;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;
import java.util.regex.Pattern;

/** ST022 (off by default): an inline ignore comment, for teams that allow ignores only in the config file. */
public final class InlineIgnoreUsed extends BaseRule {
    private static final Pattern INLINE_IGNORE = Pattern.compile("^(layerlint|hadolint)\\s+ignore\\s*=.*");

    public InlineIgnoreUsed() {
        super(new RuleInfo("ST022", "inline-ignore-used", "An inline ignore comment is used", Severity.INFO,
                List.of("DL1001")).off());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Comment c : ctx.file().comments()) {
            if (INLINE_IGNORE.matcher(c.text()).matches()) {
                ctx.report(c.span(), "inline ignore: this project keeps its exceptions in the configuration file");
            }
        }
    }
}
