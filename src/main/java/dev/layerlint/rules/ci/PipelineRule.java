package dev.layerlint.rules.ci;

import dev.layerlint.rule.RuleInfo;

/**
 * A check of a CI pipeline file (code {@code CI0NN}): its metadata in one
 * {@link RuleInfo}, like a Dockerfile rule, and a check over the
 * {@link dev.layerlint.pipeline.Pipeline} the reader built (jobs, steps,
 * builds, and the Dockerfiles the builds are linked to).
 */
public interface PipelineRule {
    RuleInfo info();

    void check(PipelineContext ctx);
}
