package dev.layerlint.rules.size;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.model.Binding;
import dev.layerlint.model.Scope;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SZ012: the language package managers hadolint does not cover (npm, pnpm,
 * bun, uv, composer, cargo, go) leave their download cache in a shipped
 * layer: {@code npm ci} without {@code npm cache clean --force}, {@code go
 * install} without {@code go clean -cache -modcache}, ... A cache or tmpfs
 * mount on the cache directory replaces the cleanup, and only the stages the
 * image is built from are checked, so a multi-stage build that compiles in
 * a builder stage is never reported.
 */
public final class PackageCacheLeft extends CacheLeftInLayer {

    /** The managers this rule covers (the others have a rule of their own). */
    private static final Set<Ecosystem> CLEANED_HERE = Set.of(Ecosystem.NPM, Ecosystem.PNPM,
            Ecosystem.BUN, Ecosystem.UV, Ecosystem.COMPOSER, Ecosystem.CARGO, Ecosystem.GO);

    /** Go's build cache first (what the message names), then its parent and the module caches. */
    private static final List<String> GO_DIRS = goDirs();

    private static List<String> goDirs() {
        List<String> build = new ArrayList<>();
        List<String> modules = new ArrayList<>();
        for (String dir : Ecosystem.GO.cacheDirs()) {
            (dir.endsWith("/go-build") ? build : modules).add(dir);
        }
        build.add("/root/.cache");
        build.addAll(modules);
        return List.copyOf(build);
    }

    public PackageCacheLeft() {
        super(new RuleInfo("SZ012", "package-cache-left",
                "npm, pnpm, bun, uv, composer, cargo or go leaves its download cache in a shipped layer",
                Severity.INFO, List.of()).withOnbuild(), List.of());
    }

    private static Ecosystem ecosystem(ShellCommand c) {
        Ecosystem e = Ecosystem.installing(c);
        return e != null && CLEANED_HERE.contains(e) ? e : null;
    }

    @Override
    List<String> cacheDirs(ShellCommand install) {
        Ecosystem e = ecosystem(install);
        if (e == Ecosystem.GO) {
            return GO_DIRS;
        }
        return e == null ? List.of() : e.cacheDirs();
    }

    @Override
    boolean fills(ShellCommand c, Scripts.RunScript in, RuleContext ctx) {
        Ecosystem e = ecosystem(c);
        if (e == null || c.hasFlag("--no-cache", "--help", "-h", "--version")
                || e == Ecosystem.GO && !List.of("install", "build", "get").contains(c.subcommand())
                || e == Ecosystem.CARGO && !List.of("install", "build").contains(c.subcommand())) {
            return false;
        }
        String variable = e.cacheVariable();
        if (variable != null) {
            if (c.assignments().stream().anyMatch(a -> a.value().startsWith(variable + "="))) {
                return false;
            }
            Scope scope = in.onbuild() == null ? ctx.model().scopeBefore(in.run()) : null;
            Binding b = scope == null ? null : scope.get(variable);
            if (b != null && b.hasValue()) {
                return false; // the cache is redirected or disabled on purpose
            }
        }
        return true;
    }

    @Override
    boolean cleans(ShellCommand c) {
        return Ecosystem.cleansCache(c);
    }

    @Override
    String message(ShellCommand install, String cacheDir) {
        Ecosystem e = ecosystem(install);
        return install.program() + " " + install.subcommand() + " leaves its download cache in this layer of the"
                + " image; end the RUN with && " + Ecosystem.cleanup(install.program()) + ", or mount a cache on "
                + cacheDir + " (faster rebuilds too)";
    }
}
