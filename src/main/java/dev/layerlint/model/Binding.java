package dev.layerlint.model;

import dev.layerlint.ast.Instruction;
import java.util.Set;

/**
 * One variable in a stage's environment at some point: where it was set
 * (an ARG or ENV instruction, or a base stage), its value if known, and
 * whether that value comes from a build argument (so it may change between
 * builds without the Dockerfile changing).
 *
 * @param value         the value, or null when it has none (an ARG without default or build arg)
 * @param fedByArgs     build-argument names whose values flow into this value (an ARG itself, or an
 *                      ENV like {@code ENV X=$TOKEN})
 */
public record Binding(String name, Kind kind, String value, Instruction definedAt, Set<String> fedByArgs) {
    /** How the variable was set. */
    public enum Kind { ARG, ENV }

    public Binding {
        fedByArgs = Set.copyOf(fedByArgs);
    }

    public boolean hasValue() {
        return value != null;
    }
}
