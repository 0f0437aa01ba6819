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

/**
 * The shared mechanism of the pinning rules: packages installed without a
 * version. The layer is cached with whatever version was current on the day
 * it was built, and a cache miss (or another machine) silently installs
 * another one. Subclasses name the manager's {@link Ecosystem.Pin}: its
 * install verbs, what a pin looks like and how to list the versions on offer,
 * which the message shows for the package found. ONBUILD RUN triggers are
 * checked too.
 */
abstract class UnpinnedPackages extends BaseRule {
    private final Ecosystem.Pin pin;

    UnpinnedPackages(RuleInfo info, Ecosystem.Pin pin) {
        super(info);
        this.pin = pin;
    }

    @Override
    public void check(RuleContext ctx) {
        // pip has versioned names (pip3.12, python3.12 -m pip): those need every command
        boolean pip = pin == Ecosystem.Pin.PIP;
        for (Scripts.At at : pip ? Scripts.commands(ctx) : Scripts.commands(ctx, pin.programs().toArray(String[]::new))) {
            ShellCommand c = at.command();
            if (!pin.runs(c)) {
                continue;
            }
            List<String> loose = new ArrayList<>();
            ShellWord first = null;
            for (ShellWord w : Packages.installed(c, pin.verbs())) {
                if (w.dynamic() || w.value().isEmpty() || pin.pinned(w.value(), c)) {
                    continue;
                }
                loose.add(w.value());
                if (first == null) {
                    first = w;
                }
            }
            if (first != null) {
                String name = pin.name(first.value());
                ctx.report(at.in().span(first), (loose.size() == 1 ? loose.get(0) + " is" : String.join(", ", loose)
                        + " are") + " installed without a version: the layer caches whatever was current when it was"
                        + " built, and the next cache miss installs something else; pin " + (loose.size() == 1 ? "it"
                        : "each") + " as " + pin.pinOf(name) + " (" + pin.versionQuery(Ecosystem.programOf(c), name)
                        + " lists the versions on offer)");
            }
        }
    }
}
