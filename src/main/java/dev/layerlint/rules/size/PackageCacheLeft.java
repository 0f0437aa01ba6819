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
import java.util.Map;
import java.util.regex.Pattern;

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
    private static final Pattern CLEANS = Pattern.compile("(npm|pnpm|yarn) (cache clean|store prune).*"
            + "|uv cache (clean|prune).*|composer(\\.phar)? (clear-cache|clearcache|cc).*|go clean .*-(mod)?cache.*");

    private static final Map<Ecosystem, String> CLEANUP = Map.of(Ecosystem.NPM, "npm cache clean --force",
            Ecosystem.PNPM, "pnpm store prune", Ecosystem.BUN, "bun pm cache rm", Ecosystem.UV, "uv cache clean",
            Ecosystem.COMPOSER, "composer clear-cache", Ecosystem.CARGO, "rm -rf /usr/local/cargo/registry",
            Ecosystem.GO, "go clean -cache -modcache");
    private static final Map<Ecosystem, String> NO_CACHE_ENV = Map.of(Ecosystem.UV, "UV_NO_CACHE",
            Ecosystem.COMPOSER, "COMPOSER_CACHE_DIR", Ecosystem.NPM, "NPM_CONFIG_CACHE", Ecosystem.GO, "GOCACHE");

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
        return e != null && CLEANUP.containsKey(e) ? e : null;
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
        String variable = NO_CACHE_ENV.get(e);
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
        String text = c.toString();
        return CLEANS.matcher(text).matches() || text.startsWith("bun pm cache rm");
    }

    @Override
    String message(ShellCommand install) {
        Ecosystem e = ecosystem(install);
        return install.program() + " " + install.subcommand() + " leaves its download cache in this layer of the"
                + " image; end the RUN with && " + CLEANUP.get(e) + ", or mount a cache on "
                + cacheDirs(install).get(0) + " (faster rebuilds too)";
    }
}
