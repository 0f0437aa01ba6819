package dev.layerlint.rules.reproducibility;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Packages;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shared mechanism of the pinning rules: packages installed without a
 * version. The layer is cached with whatever version was current on the day
 * it was built, and a cache miss (or another machine) silently installs
 * another one. Subclasses name the manager, its install verbs and what a pin
 * looks like. ONBUILD RUN triggers are checked too.
 */
abstract class UnpinnedPackages extends BaseRule {
    private final Set<String> programs;
    private final Set<String> verbs;
    private final String example;

    UnpinnedPackages(RuleInfo info, Set<String> programs, Set<String> verbs, String example) {
        super(info);
        this.programs = programs;
        this.verbs = verbs;
        this.example = example;
    }

    /** Whether a package word carries a version (or is a file, path or URL, which pins itself). */
    abstract boolean pinned(String word, ShellCommand command);

    @Override
    public void check(RuleContext ctx) {
        // pip has versioned names (pip3.12, python3.12 -m pip): those need every command
        boolean pip = programs.contains("pip");
        for (Scripts.At at : pip ? Scripts.commands(ctx) : Scripts.commands(ctx, programs.toArray(String[]::new))) {
            ShellCommand c = at.command();
            String program = Ecosystem.programOf(c);
            if (!programs.contains(program) && !(programs.contains("pip") && Ecosystem.isPip(program))) {
                continue;
            }
            List<String> loose = new ArrayList<>();
            ShellWord first = null;
            for (ShellWord w : Packages.installed(c, verbs)) {
                if (w.dynamic() || w.value().isEmpty() || pinned(w.value(), c)) {
                    continue;
                }
                loose.add(w.value());
                if (first == null) {
                    first = w;
                }
            }
            if (first != null) {
                ctx.report(at.in().span(first), (loose.size() == 1 ? loose.get(0) + " is" : String.join(", ", loose)
                        + " are") + " installed without a version: the layer caches whatever was current when it was"
                        + " built, and the next cache miss installs something else; pin it (" + example + ")");
            }
        }
    }
}
