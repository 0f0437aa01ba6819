package dev.layerlint.explain;

import dev.layerlint.ast.From;
import dev.layerlint.ast.Instruction;
import dev.layerlint.cache.Builder;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.Change;
import dev.layerlint.cache.Step;
import dev.layerlint.cache.StepStatus;
import dev.layerlint.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/** Turns the cache model's prediction for a set of changes into rows a person can read. */
public final class Explainer {
    private Explainer() {
    }

    public static Explanation explain(CacheModel cache, List<Change> changes, List<String> changeLabels,
                                      CacheModel.Assumptions assumptions) {
        List<StepStatus> statuses = cache.predict(changes, assumptions);
        List<Explanation.Row> rows = new ArrayList<>();
        for (StepStatus s : statuses) {
            Instruction i = s.instruction();
            Step step = cache.step(i);
            String stage = step == null || step.stage() == null ? "" : step.stage().label();
            String status = switch (s.status()) {
                case CACHED -> "CACHED";
                case REBUILT -> "REBUILT";
                case NOT_A_STEP -> i instanceof From ? "BASE" : "NOT A STEP";
                case SKIPPED -> "SKIPPED";
                case UNSUPPORTED -> "UNSUPPORTED";
            };
            String reason = s.reason();
            if (s.status() == StepStatus.Status.CACHED || s.status() == StepStatus.Status.NOT_A_STEP
                    && !(i instanceof From)) {
                reason = s.status() == StepStatus.Status.NOT_A_STEP ? "metadata" : null;
            }
            boolean expensive = step != null && step.isExpensive();
            rows.add(new Explanation.Row(i.span().startLine(), stage, shortText(cache.model().file().source(), i),
                    status, reason, expensive, expensive ? step.costReason().strip() : null));
        }
        return new Explanation(cache.model().file().source().path(),
                cache.builder() == Builder.BUILDKIT ? "BuildKit" : "classic builder", changeLabels, rows);
    }

    /** The instruction's text on one line, continuations joined, blanks collapsed. */
    static String shortText(SourceText source, Instruction i) {
        String text = source.text().substring(i.span().start(), i.span().end());
        int heredoc = text.indexOf('\n');
        if (!i.keyword().name().equals("RUN") && heredoc >= 0 && text.contains("<<")) {
            text = text.substring(0, heredoc);
        }
        return text.replaceAll("\\\\\\r?\\n", " ").replaceAll("`\\r?\\n", " ").replaceAll("\\s+", " ").strip();
    }
}
