package dev.layerlint.rules;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The package arguments of install commands: the positional words after the
 * install subcommand, with the manager's value-taking flags
 * ({@link Ecosystem#valuedFlags}) skipped.
 */
public final class Packages {
    private Packages() {
    }

    /**
     * The packages of an install command ({@code subcommands}: the install
     * verbs, matched on the first positional word), or an empty list when the
     * command is not one. {@code python -m pip install} counts as pip.
     */
    public static List<ShellWord> installed(ShellCommand c, Set<String> subcommands) {
        List<ShellWord> args = c.args();
        String program = Ecosystem.programOf(c);
        if (!program.equals(c.program())) {
            args = args.subList(2, args.size());
        }
        List<ShellWord> pos = positionals(args, Ecosystem.valuedFlags(program));
        if (pos.size() > 1 && (program.equals("uv") && (pos.get(0).value().equals("pip") || pos.get(0).value()
                .equals("tool")) || program.equals("yarn") && pos.get(0).value().equals("global")
                || program.equals("composer") && pos.get(0).value().equals("global"))) {
            pos = pos.subList(1, pos.size()); // uv pip install, uv tool install, yarn global add
        }
        if (pos.isEmpty() || !subcommands.contains(pos.get(0).value())) {
            return List.of();
        }
        return pos.subList(1, pos.size());
    }

    /** Words that are not flags, a valued flag's separate value skipped, everything after {@code --} kept. */
    public static List<ShellWord> positionals(List<ShellWord> args, String... valued) {
        Set<String> v = Set.of(valued);
        List<ShellWord> out = new ArrayList<>();
        boolean end = false;
        for (int i = 0; i < args.size(); i++) {
            ShellWord a = args.get(i);
            if (!end && a.value().equals("--")) {
                end = true;
            } else if (!end && a.isFlag()) {
                if (v.contains(a.value()) && i + 1 < args.size()) {
                    i++;
                }
            } else {
                out.add(a);
            }
        }
        return out;
    }

}
