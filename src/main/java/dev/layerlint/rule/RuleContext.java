package dev.layerlint.rule;

import dev.layerlint.ast.Dockerfile;
import dev.layerlint.cache.Builder;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.VolatileArgs;
import dev.layerlint.fix.Fix;
import dev.layerlint.model.BuildContext;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.source.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What a rule sees of one file, and where it reports. */
public final class RuleContext {
    private final Dockerfile file;
    private final Path dockerfilePath;
    private final SemanticModel model;
    private final BuildContext buildContext;
    private final LintOptions options;
    private final VolatileArgs volatileArgs;
    private final Map<Builder, CacheModel> caches = new EnumMap<>(Builder.class);
    private final List<Finding> findings = new ArrayList<>();
    private RuleInfo current;

    public RuleContext(Dockerfile file, Path dockerfilePath, SemanticModel model,
                       BuildContext buildContext, LintOptions options) {
        this(file, dockerfilePath, model, buildContext, options, new VolatileArgs(options.volatileArgs()));
    }

    /** A context whose per-build arguments include what a pipeline says ({@code volatileArgs}). */
    public RuleContext(Dockerfile file, Path dockerfilePath, SemanticModel model,
                       BuildContext buildContext, LintOptions options, VolatileArgs volatileArgs) {
        this.file = file;
        this.dockerfilePath = dockerfilePath;
        this.model = model;
        this.buildContext = buildContext;
        this.options = options;
        this.volatileArgs = volatileArgs;
    }

    public Dockerfile file() {
        return file;
    }

    /** Where the Dockerfile is on disk, or null (standard input). */
    public Path dockerfilePath() {
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

    private final Map<Object, Object> memo = new HashMap<>();

    /** A value computed once per file and shared by the rules that need it (keyed by a constant). */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Supplier<T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.get();
            memo.put(key, v);
        }
        return (T) v;
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
    public void report(Span span, String message, Fix fix, Severity severity) {
        findings.add(new Finding(current, severity, message, span, fix));
    }

    /** A finding that answers only to some of the rule's aliases (one rule covering several hadolint codes). */
    public void reportAs(List<String> aliases, Span span, String message, Fix fix) {
        findings.add(new Finding(current, current.severity(), message, span, fix, aliases, List.of()));
    }

    /** A finding with its own severity and aliases (a ShellCheck finding answers to its SC code). */
    public void report(Span span, String message, Severity severity, List<String> aliases) {
        findings.add(new Finding(current, severity, message, span, null, aliases, List.of()));
    }

    /** A finding whose source ranges {@code redact} hold a secret: reporters mask them. */
    public void reportRedacted(Span span, String message, List<Span> redact) {
        findings.add(new Finding(current, current.severity(), message, span, null, null, redact));
    }

    List<Finding> findings() {
        return findings;
    }
}
