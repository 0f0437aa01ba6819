package dev.layerlint.cache;

import dev.layerlint.ast.Instruction;
import dev.layerlint.model.Binding;
import dev.layerlint.model.Scope;
import dev.layerlint.model.Stage;
import dev.layerlint.shell.ShellScript;
import java.util.ArrayList;
import java.util.List;

/**
 * One instruction as the cache sees it: whether it is a cache step for the
 * builder, what a miss costs, and for a RUN the script and the variables in
 * its environment (which are part of its key, used or not).
 */
public record Step(Instruction instruction, Stage stage, boolean isStep, Cost cost, String costReason,
                   ShellScript script, Scope scope) {
    /**
     * The variables in a RUN's cache key: every ENV, and every ARG with a
     * value (or fed by a build argument). Computed on request from the scope
     * snapshot: materialising it for every RUN would cost O(variables) per
     * RUN, quadratic in a file of many ARGs and RUNs.
     */
    public List<Binding> environment() {
        if (scope == null) {
            return List.of();
        }
        List<Binding> env = new ArrayList<>();
        for (Binding b : scope.bindings()) {
            if (b.kind() == Binding.Kind.ENV || b.hasValue() || !b.fedByArgs().isEmpty()) {
                env.add(b);
            }
        }
        return env;
    }

    public boolean isExpensive() {
        return cost == Cost.EXPENSIVE;
    }

    /** Identity: equal only to itself (a record compares every component, deeply, linked by indy). */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
