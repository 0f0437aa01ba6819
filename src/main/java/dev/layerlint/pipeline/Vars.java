package dev.layerlint.pipeline;

import dev.layerlint.source.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Variables a pipeline defines (workflow/job/step {@code env:}, Azure and
 * GitLab {@code variables:}, shell assignments), layered: a name is looked up
 * here, then in the parent.
 */
public final class Vars {
    /** A variable's value as written, and where. */
    public record Value(String text, Span span) {
    }

    private final Vars parent;
    private final Map<String, Value> values = new LinkedHashMap<>();

    public Vars(Vars parent) {
        this.parent = parent;
    }

    public void put(String name, Value v) {
        values.put(name, v);
    }

    public void putAll(Map<String, Value> more) {
        values.putAll(more);
    }

    public Value get(String name) {
        Value v = values.get(name);
        return v != null || parent == null ? v : parent.get(name);
    }

    public Vars child() {
        return new Vars(this);
    }
}
