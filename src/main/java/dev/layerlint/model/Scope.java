package dev.layerlint.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables in effect at one point of a stage, in order of last
 * assignment. Snapshots share one append-only log, so recording the scope
 * before every instruction costs nothing per instruction.
 */
public final class Scope {
    /** The log of assignments of one stage (and what it inherited). */
    static final class Log {
        private final List<Binding> entries = new ArrayList<>();
        private final Map<String, List<Integer>> positions = new HashMap<>();

        void add(Binding binding) {
            positions.computeIfAbsent(binding.name(), k -> new ArrayList<>()).add(entries.size());
            entries.add(binding);
        }

        int size() {
            return entries.size();
        }
    }

    private final Log log;
    private final int size;

    Scope(Log log, int size) {
        this.log = log;
        this.size = size;
    }

    static Scope empty() {
        return new Scope(new Log(), 0);
    }

    /** The binding of a name at this point, or null. */
    public Binding get(String name) {
        List<Integer> at = log.positions.get(name);
        if (at == null) {
            return null;
        }
        for (int i = at.size() - 1; i >= 0; i--) {
            if (at.get(i) < size) {
                return log.entries.get(at.get(i));
            }
        }
        return null;
    }

    /** The value of a name at this point, or null when unset or without a value. */
    public String value(String name) {
        Binding b = get(name);
        return b == null ? null : b.value();
    }

    /** Every variable in effect, the last assignment of each, in order of last assignment. */
    public List<Binding> bindings() {
        Map<String, Binding> latest = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            Binding b = log.entries.get(i);
            latest.remove(b.name());
            latest.put(b.name(), b);
        }
        return List.copyOf(latest.values());
    }

    /** A lookup for the expander. */
    public Expander.Env env() {
        return this::value;
    }
}
