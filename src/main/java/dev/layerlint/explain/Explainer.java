package dev.layerlint.explain;

import dev.layerlint.ast.From;
import dev.layerlint.ast.Instruction;
import dev.layerlint.cache.Builder;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.CachePredictor;
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

    /** One change set against the build that filled the cache. */
    public static Explanation explain(CacheModel cache, List<Change> changes, List<String> changeLabels,
                                      CachePredictor.Assumptions assumptions) {
        return explain(cache, List.of(new EarlierBuild.Comparison("the last build", changes, changeLabels)),
                assumptions);
    }

    /**
     * The prediction against a cache that holds several earlier builds: a
     * step is cached when its whole chain matches one of them (the latest
     * such build is named), and otherwise rebuilt for the reason the latest
     * build gives. With no earlier build, a cold build.
     */
    public static Explanation explain(CacheModel cache, List<EarlierBuild.Comparison> comparisons,
                                      CachePredictor.Assumptions assumptions) {
        List<EarlierBuild.Comparison> against = comparisons.isEmpty()
                ? List.of(new EarlierBuild.Comparison("no earlier build",
                List.of(new Change.NoCache("no earlier build: nothing cached")), List.of("no earlier build")))
                : comparisons;
        CachePredictor predictor = new CachePredictor(cache);
        List<List<StepStatus>> predictions = new ArrayList<>();
        for (EarlierBuild.Comparison c : against) {
            predictions.add(predictor.predict(c.changes(), assumptions));
        }
        List<StepStatus> latest = predictions.get(predictions.size() - 1);
        List<Explanation.Row> rows = new ArrayList<>();
        for (int k = 0; k < latest.size(); k++) {
            StepStatus s = latest.get(k);
            String from = null;
            for (int b = predictions.size() - 1; b >= 0 && from == null; b--) {
                StepStatus other = predictions.get(b).get(k);
                if (other.status() == StepStatus.Status.CACHED
                        || other.status() == StepStatus.Status.NOT_A_STEP && other.instruction() instanceof From) {
                    s = other;
                    from = against.get(b).label();
                }
            }
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
                    status, reason, expensive, expensive ? step.costReason().strip() : null,
                    s.status() == StepStatus.Status.CACHED ? from : null));
        }
        List<String> builds = comparisons.stream().map(EarlierBuild.Comparison::label).toList();
        boolean linked = cache.builder() == Builder.BUILDKIT
                && cache.model().file().instructions().stream().anyMatch(CacheModel::isLinked);
        return new Explanation(cache.model().file().source().path(),
                cache.builder() == Builder.BUILDKIT ? "BuildKit" : "classic builder",
                linked ? cache.store().label() : null, builds,
                against.get(against.size() - 1).changeLabels(), rows);
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
