package dev.layerlint.rules.style;

import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Keyword;
import dev.layerlint.ast.Onbuild;
import dev.layerlint.ast.UnknownInstruction;
import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ST018: keywords that do not follow the file's majority casing (lower-case
 * wins only with strictly more all-lower keywords, as in BuildKit; global
 * ARGs and unknown instructions are not counted, nor re-cased).
 */
public final class InconsistentInstructionCasing extends BaseRule {
    public InconsistentInstructionCasing() {
        super(new RuleInfo("ST018", "inconsistent-instruction-casing",
                "A keyword's case differs from the rest of the file", Severity.WARNING,
                List.of("ConsistentInstructionCasing")).withFix());
    }

    @Override
    public void check(RuleContext ctx) {
        List<Keyword> keywords = new ArrayList<>();
        for (Stage stage : ctx.model().stages()) {
            if (SemanticModel.isWritten(stage.from())) {
                keywords.add(stage.from().keyword());
            }
            for (Instruction i : stage.instructions()) {
                // an unknown word is no keyword (a syntax error, often a line a broken continuation cut off):
                // it neither votes nor gets re-cased
                if (!(i instanceof UnknownInstruction)) {
                    keywords.add(i.keyword());
                }
                if (i instanceof Onbuild ob && ob.trigger() != null && !(ob.trigger() instanceof UnknownInstruction)) {
                    keywords.add(ob.trigger().keyword());
                }
            }
        }
        long lower = keywords.stream().filter(k -> k.text().equals(k.text().toLowerCase(Locale.ROOT))).count();
        long upper = keywords.stream().filter(k -> k.text().equals(k.text().toUpperCase(Locale.ROOT))).count();
        boolean lowerWins = lower > upper;
        for (Keyword k : keywords) {
            String want = lowerWins ? k.text().toLowerCase(Locale.ROOT) : k.text().toUpperCase(Locale.ROOT);
            if (!k.text().equals(want)) {
                ctx.report(k.span(), "'" + k.text() + "' should match the case of the other keywords ("
                        + (lowerWins ? "lowercase" : "uppercase") + ")",
                        Fix.safe("Write " + want, List.of(Edit.replace(k.span().start(), k.span().end(), want))));
            }
        }
    }
}
