package dev.layerlint.cache;

import dev.layerlint.ast.Instruction;

/** What happens to one instruction in a predicted build, and why. */
public record StepStatus(Instruction instruction, Status status, String reason) {
    /** The outcome for one instruction. */
    public enum Status {
        /** The step's cached result is reused. */
        CACHED,
        /** The step runs again. */
        REBUILT,
        /** Not a cache step for this builder (BuildKit metadata), or a FROM whose base did not change. */
        NOT_A_STEP,
        /** The stage is not built for the target. */
        SKIPPED,
        /** This builder cannot build the step at all (RUN --mount with the classic builder). */
        UNSUPPORTED
    }
}
