package dev.layerlint.ast;

import dev.layerlint.source.Span;
import java.util.List;

/**
 * One Dockerfile instruction. Its span runs from the keyword to the end of
 * its last physical line (continuation lines and heredoc bodies included).
 */
public sealed interface Instruction extends Node
        permits From, Run, Cmd, Entrypoint, Shell, Healthcheck, Copy, Add, Env, Label, Arg, Expose, Volume, User, Workdir, Stopsignal, Maintainer, Onbuild, UnknownInstruction {

    Keyword keyword();

    /** The {@code --flag} words written right after the keyword. */
    List<Flag> flags();

    @Override
    Span span();

    <R> R accept(InstructionVisitor<R> visitor);

    /** The first flag with this name (without {@code --}), or null. */
    default Flag flag(String name) {
        for (Flag flag : flags()) {
            if (flag.name().equals(name)) {
                return flag;
            }
        }
        return null;
    }
}
