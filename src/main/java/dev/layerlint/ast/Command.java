package dev.layerlint.ast;

/** The command of RUN, CMD, ENTRYPOINT, SHELL or HEALTHCHECK CMD: shell form or exec (JSON) form. */
public sealed interface Command extends Node permits ShellForm, ExecForm {
}
