package dev.layerlint.cli;

/** {@code --color}: auto colours a terminal unless {@code NO_COLOR} is set or {@code TERM=dumb}. */
public enum ColorMode {
    AUTO, ALWAYS, NEVER;

    boolean enabled(Environment environment) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> environment.stdoutIsTerminal() && !environment.env().containsKey("NO_COLOR")
                    && !"dumb".equals(environment.env().get("TERM"));
        };
    }
}
