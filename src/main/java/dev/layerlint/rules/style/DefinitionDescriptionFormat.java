package dev.layerlint.rules.style;

import dev.layerlint.ast.Arg;
import dev.layerlint.ast.Comment;
import dev.layerlint.ast.From;
import dev.layerlint.ast.Instruction;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.ArrayList;
import java.util.List;

/**
 * ST021 (off by default, experimental in BuildKit): the comment right above
 * a named FROM or an ARG should start with the name it describes ({@code #
 * NAME description}), so tools can show it as documentation.
 */
public final class DefinitionDescriptionFormat extends BaseRule {
    public DefinitionDescriptionFormat() {
        super(new RuleInfo("ST021", "definition-description-format",
                "The comment above a stage or ARG does not start with its name", Severity.INFO,
                List.of("InvalidDefinitionDescription")).off());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction i : ctx.file().instructions()) {
            List<String> names = new ArrayList<>();
            if (i instanceof From f && f.stageName() != null) {
                names.add(f.stageName().text());
            } else if (i instanceof Arg a) {
                a.declarations().forEach(d -> names.add(d.name().text()));
            }
            if (names.isEmpty()) {
                continue; // not a definition, or an ARG with no name (a syntax error of its own)
            }
            Comment above = null;
            for (Comment c : ctx.file().comments()) {
                if (c.span().startLine() == i.span().startLine() - 1) {
                    above = c;
                }
            }
            if (above == null || above.text().matches("(?i)^(layerlint|hadolint|check|syntax|escape)\\b.*")) {
                continue;
            }
            String text = above.text().strip();
            String first = text.split("\\s+", 2)[0];
            if (!names.contains(first)) {
                ctx.report(above.span(), "comment for " + i.keyword().name() + " should follow the format: `# "
                        + names.get(0) + " <description>` (or add a blank line between them if it is not a description)");
            }
        }
    }
}
