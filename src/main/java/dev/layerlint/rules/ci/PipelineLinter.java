package dev.layerlint.rules.ci;

import dev.layerlint.pipeline.Pipeline;
import dev.layerlint.pipeline.PipelineReader;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.Linter;
import dev.layerlint.rule.RuleSettings;
import dev.layerlint.rule.Severity;
import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a pipeline file and runs the CI rules on it: findings in source
 * order, after inline ignores and the run's rule settings. Malformed YAML is
 * an {@link InputException} (a clear file:line:col error, exit 2), and a rule
 * that crashes costs only its own findings.
 */
public final class PipelineLinter {
    private static final Comparator<Finding> SOURCE_ORDER = new Comparator<>() {
        @Override
        public int compare(Finding a, Finding b) {
            int byStart = Integer.compare(a.span().start(), b.span().start());
            return byStart != 0 ? byStart : a.rule().code().compareTo(b.rule().code());
        }
    };

    private PipelineLinter() {
    }

    public static List<Finding> lint(SourceText source, Path file, RuleSettings settings, List<PipelineRule> rules)
            throws InputException {
        Pipeline pipeline = PipelineReader.read(source, file);
        return lint(pipeline, file, settings, rules);
    }

    public static List<Finding> lint(Pipeline pipeline, Path file, RuleSettings settings, List<PipelineRule> rules) {
        return lint(pipeline, file, settings, rules, List.of());
    }

    /**
     * A template file as the pipelines that run it see it ({@link Pipeline#asSeenFrom}): each caller's reading
     * linted with the template's builds as its own (on the caller's agent, with the parameters it passes), the
     * findings at the template's lines, one per rule and place however many callers run it. Dockerfiles are found
     * from the caller's folder, where the job runs. {@code callers}: the pipeline files (path and reading) that
     * may run it, in a stable order. Empty when no caller runs steps from the file.
     */
    public static List<Finding> lintTemplate(Path template, Map<Path, Pipeline> callers, RuleSettings settings,
            List<PipelineRule> rules, List<Pipeline> others) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<Path, Pipeline> caller : callers.entrySet()) {
            for (Pipeline view : caller.getValue().asSeenFrom(template)) {
                for (Finding f : lint(view, caller.getKey(), settings, rules, others)) {
                    if (seen.add(f.rule().code() + ':' + f.span().start() + ':' + f.span().end())) {
                        out.add(f);
                    }
                }
            }
        }
        out.sort(SOURCE_ORDER);
        return out;
    }

    /** {@code others}: the other pipelines of the same repository read in this run (a cache one writes, another reads). */
    public static List<Finding> lint(Pipeline pipeline, Path file, RuleSettings settings, List<PipelineRule> rules,
            List<Pipeline> others) {
        PipelineContext ctx = new PipelineContext(pipeline, file, others);
        for (PipelineRule rule : rules) {
            if (!settings.enabled(rule.info())) {
                continue;
            }
            ctx.begin(rule.info());
            try {
                rule.check(ctx);
            } catch (RuntimeException | StackOverflowError e) {
                ctx.report(pipeline.source().span(0, 0), Linter.INTERNAL_ERROR + " (" + e
                        + "); its other findings in this file may be missing. Please report it with the pipeline",
                        null, Severity.ERROR);
            }
        }
        if (ctx.findings().isEmpty()) {
            return new ArrayList<>();
        }
        YamlSuppressions suppressions = new YamlSuppressions(pipeline.source());
        List<Finding> out = new ArrayList<>();
        for (Finding f : ctx.findings()) {
            if (!suppressions.suppresses(f) && settings.keeps(f)) {
                Severity s = settings.severity(f);
                out.add(s == f.severity() ? f : f.withSeverity(s));
            }
        }
        out.sort(SOURCE_ORDER);
        return out;
    }
}
