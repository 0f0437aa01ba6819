package dev.layerlint.pipeline;

import dev.layerlint.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A job: its steps in order, the builds they run, where it runs, and whether
 * it fans out over a matrix. {@code vars} are the variables the file gives it.
 */
public final class Job {
    private final String name;
    private final Span span;
    private final Agent agent;
    private final boolean matrix;
    private final List<Step> steps = new ArrayList<>();
    private final List<Build> builds = new ArrayList<>();
    private final Vars vars;

    public Job(String name, Span span, Agent agent, boolean matrix, Vars vars) {
        this.name = name;
        this.span = span;
        this.agent = agent;
        this.matrix = matrix;
        this.vars = vars;
    }

    public String name() {
        return name;
    }

    public Span span() {
        return span;
    }

    public Agent agent() {
        return agent;
    }

    public boolean matrix() {
        return matrix;
    }

    public List<Step> steps() {
        return steps;
    }

    public List<Build> builds() {
        return builds;
    }

    public Vars vars() {
        return vars;
    }

    /** The steps before {@code step} in this job. */
    public List<Step> before(Step step) {
        int i = steps.indexOf(step);
        return i < 0 ? List.of() : steps.subList(0, i);
    }

    public List<Step> after(Step step) {
        int i = steps.indexOf(step);
        return i < 0 ? List.of() : steps.subList(i + 1, steps.size());
    }
}
