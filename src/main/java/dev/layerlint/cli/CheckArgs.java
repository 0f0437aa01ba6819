package dev.layerlint.cli;

import java.util.List;

/**
 * The fast path of {@code check}'s command line: a plain invocation parsed
 * from the CheckOption table without picocli, whose set-up costs a
 * short-lived process 200-350 ms of CPU even with the start-up archive. It
 * takes the options in their ordinary forms and returns null for anything
 * else (help, version, an unknown or malformed option, a bad value), which
 * then goes through picocli for the same result or its error message.
 * CheckArgsTest holds both to the same result for every option.
 */
final class CheckArgs {
    private CheckArgs() {
    }

    static CheckOptions parse(List<String> args) {
        CheckOptions o = new CheckOptions();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-") || !a.startsWith("-")) {
                o.paths.add(a);
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            CheckOption option = CheckOption.named(name);
            if (option == null) {
                return null; // help, version, an unknown option: picocli says what to say
            }
            if (option.isFlag()) {
                if (value != null) {
                    return null;
                }
                option.set(o, !name.startsWith("--no-"));
            } else {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        return null;
                    }
                    value = args.get(++i);
                }
                try {
                    option.apply(o, value);
                } catch (IllegalArgumentException e) {
                    return null; // a bad value (or path): picocli's message names the option
                }
            }
            o.given.add(option);
        }
        return o.paths.isEmpty() ? null : o;
    }
}
