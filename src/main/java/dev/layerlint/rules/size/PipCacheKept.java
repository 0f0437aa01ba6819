package dev.layerlint.rules.size;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.model.Binding;
import dev.layerlint.model.Scope;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Packages;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.List;
import java.util.Set;

/**
 * SZ008: {@code pip install} without {@code --no-cache-dir}, while
 * pip's no-cache variable ({@link Ecosystem#noCacheVariable}) is not set
 * (ENV, or an assignment in the RUN).
 */
public final class PipCacheKept extends CacheLeftInLayer {
    public PipCacheKept() {
        super(new RuleInfo("SZ008", "pip-cache-kept", "pip install without --no-cache-dir keeps its cache in the layer",
                Severity.WARNING, List.of("DL3042")).withOnbuild(),
                withHomeForms(Ecosystem.PIP.cacheDirs(), "/root/.cache", "~/.cache/pip", ".cache/pip"));
    }

    @Override
    boolean fills(ShellCommand c, Scripts.RunScript in, RuleContext ctx) {
        if (!Ecosystem.programOf(c).equals("pip") && !Ecosystem.isPip(c.program())
                || Packages.installed(c, Set.of("install")).isEmpty() && !c.hasFlag("-r", "--requirement")
                || Ecosystem.disablesCache(c)) {
            return false;
        }
        String variable = Ecosystem.PIP.noCacheVariable();
        for (ShellWord a : c.assignments()) {
            if (a.value().startsWith(variable + "=")) {
                return false;
            }
        }
        if (in.onbuild() == null) {
            Scope scope = ctx.model().scopeBefore(in.run());
            Binding b = scope == null ? null : scope.get(variable);
            if (b != null && b.hasValue() && Ecosystem.PIP.disablesCache(b.value())) {
                return false;
            }
        }
        return true;
    }

    @Override
    boolean cleans(ShellCommand c) {
        return Ecosystem.ofProgram(c) == Ecosystem.PIP && Ecosystem.cleansCache(c);
    }

    @Override
    String message(ShellCommand install, String cacheDir) {
        return "pip keeps every downloaded wheel in ~/.cache/pip inside this layer; add "
                + Ecosystem.PIP.noCacheFlags().get(0) + " (or ENV " + Ecosystem.PIP.noCacheVariable() + "=1, or mount a"
                + " cache on " + cacheDir + ")";
    }
}
