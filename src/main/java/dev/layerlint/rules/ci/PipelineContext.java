package dev.layerlint.rules.ci;

import dev.layerlint.fix.Fix;
import dev.layerlint.pipeline.Build;
import dev.layerlint.pipeline.DockerfileLink;
import dev.layerlint.pipeline.Pipeline;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.source.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a pipeline rule sees: the pipeline, the Dockerfile each build is linked to, and where to report. */
public final class PipelineContext {
    private final Pipeline pipeline;
    private final Path file;
    private final List<Path> roots;
    private final Map<Path, DockerfileLink> links = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private RuleInfo current;

    private final List<Pipeline> others;

    PipelineContext(Pipeline pipeline, Path file, List<Pipeline> others) {
        this.pipeline = pipeline;
        this.others = others;
        this.file = file;
        this.roots = file == null ? List.of() : DockerfileLink.roots(file);
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** The other pipelines of this file's repository read in the same run (empty when none, or no repository). */
    public List<Pipeline> others() {
        return others;
    }

    /** The pipeline file on disk, or null (standard input). */
    public Path file() {
        return file;
    }

    /** The Dockerfile this build builds, parsed, or null when it cannot be told or found. */
    public DockerfileLink dockerfile(Build b) {
        return DockerfileLink.of(b, roots, links);
    }

    void begin(RuleInfo rule) {
        current = rule;
    }

    public void report(Span span, String message) {
        report(span, message, null);
    }

    public void report(Span span, String message, Fix fix) {
        findings.add(new Finding(current, current.severity(), message, span, fix));
    }

    public void report(Span span, String message, Fix fix, Severity severity) {
        findings.add(new Finding(current, severity, message, span, fix));
    }

    List<Finding> findings() {
        return findings;
    }
}
