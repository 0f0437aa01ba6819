package dev.layerlint.rule;

import dev.layerlint.ast.Dockerfile;
import dev.layerlint.cache.Builder;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.VolatileArgs;
import dev.layerlint.fix.Fix;
import dev.layerlint.model.BuildContext;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.source.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What a rule sees of one file, and where it reports. */
public final class RuleContext {
    private final Dockerfile file;
    private final java.nio.file.Path dockerfilePath;
    private final SemanticModel model;
    private final BuildContext buildContext;
    private final LintOptions options;
    private final VolatileArgs volatileArgs;
    private final Map<Builder, CacheModel> caches = new EnumMap<>(Builder.class);
    private final List<Finding> findings = new ArrayList<>();
    private RuleInfo current;

    public RuleContext(Dockerfile file, java.nio.file.Path dockerfilePath, SemanticModel model,
                       BuildContext buildContext, LintOptions options) {
        this.file = file;
        this.dockerfilePath = dockerfilePath;
        this.model = model;
        this.buildContext = buildContext;
        this.options = options;
        this.volatileArgs = new VolatileArgs(options.volatileArgs());
    }

    public Dockerfile file() {
        return file;
    }

    /** Where the Dockerfile is on disk, or null (standard input). */
    public java.nio.file.Path dockerfilePath() {
        return dockerfilePath;
    }

    public SemanticModel model() {
        return model;
    }

    /** The build context, or null when unknown (standard input without --context). */
    public BuildContext buildContext() {
        return buildContext;
    }

    public LintOptions options() {
        return options;
    }

    public VolatileArgs volatileArgs() {
        return volatileArgs;
    }

    /** The cache model for the configured builder. */
    public CacheModel cache() {
        return cache(options.builder());
    }

    public CacheModel cache(Builder builder) {
        return caches.computeIfAbsent(builder, b -> CacheModel.build(model, b, buildContext));
    }

    void begin(RuleInfo rule) {
        this.current = rule;
    }

    public void report(Span span, String message) {
        report(span, message, null);
    }

    public void report(Span span, String message, Fix fix) {
        report(span, message, fix, current.severity());
    }

    /** A finding whose severity differs from the rule's default (the rule's doc says when). */
    public void report(Span span, String message, Fix fix, dev.layerlint.rule.Severity severity) {
        findings.add(new Finding(current, severity, message, span, fix));
    }

    List<Finding> findings() {
        return findings;
    }
}
