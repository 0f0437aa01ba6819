package dev.layerlint.rules.style;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Run;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Stages;
import dev.layerlint.source.SourceText;
import java.util.List;

/**
 * ST017: a blank line inside a continued instruction. Builders skip it
 * today; BuildKit warns it will become an error. Reported, as BuildKit does,
 * at the instruction's last line. Heredoc bodies are not continuations.
 */
public final class EmptyContinuationLine extends BaseRule {
    public EmptyContinuationLine() {
        super(new RuleInfo("ST017", "empty-continuation-line", "A blank line sits inside a continued instruction",
                Severity.WARNING, List.of("NoEmptyContinuation")));
    }

    @Override
    public void check(RuleContext ctx) {
        SourceText source = ctx.file().source();
        for (Instruction outer : ctx.file().instructions()) {
            Instruction i = Stages.unwrap(outer);
            boolean heredocs = i instanceof Run r && !r.heredocs().isEmpty() || i instanceof Copy c
                    && !c.heredocs().isEmpty() || i instanceof Add a && !a.heredocs().isEmpty();
            int first = outer.span().startLine();
            int last = outer.span().endLine();
            if (heredocs || last == first) {
                continue;
            }
            for (int line = first + 1; line < last; line++) {
                if (source.line(line).isBlank()) {
                    ctx.report(source.span(source.lineStart(last), source.lineEnd(last)), "empty continuation line"
                            + " (line " + line + "): builders will reject this in a future release; remove the blank"
                            + " line or end the instruction before it");
                    break;
                }
            }
        }
    }
}
