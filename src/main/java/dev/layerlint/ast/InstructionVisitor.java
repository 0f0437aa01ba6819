package dev.layerlint.ast;

/** One method per instruction type: exhaustiveness on Java 17 without pattern switches. */
public interface InstructionVisitor<R> {
    R visitFrom(From instruction);

    R visitRun(Run instruction);

    R visitCmd(Cmd instruction);

    R visitEntrypoint(Entrypoint instruction);

    R visitShell(Shell instruction);

    R visitHealthcheck(Healthcheck instruction);

    R visitCopy(Copy instruction);

    R visitAdd(Add instruction);

    R visitEnv(Env instruction);

    R visitLabel(Label instruction);

    R visitArg(Arg instruction);

    R visitExpose(Expose instruction);

    R visitVolume(Volume instruction);

    R visitUser(User instruction);

    R visitWorkdir(Workdir instruction);

    R visitStopsignal(Stopsignal instruction);

    R visitMaintainer(Maintainer instruction);

    R visitOnbuild(Onbuild instruction);

    R visitUnknownInstruction(UnknownInstruction instruction);
}
