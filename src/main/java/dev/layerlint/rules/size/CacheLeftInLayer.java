package dev.layerlint.rules.size;

import dev.layerlint.ast.Mount;
import dev.layerlint.cache.Ecosystem;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.rules.Stages;
import dev.layerlint.rules.Text;
import dev.layerlint.shell.ShellCommand;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The shared mechanism of the package-cache rules: an install that leaves
 * the manager's download cache (or index) in the layer, with no cleanup in
 * the same RUN and no {@code RUN --mount=type=cache} (or tmpfs) on the
 * cache directory. A cleanup in a later RUN does not help: the earlier layer
 * keeps the files. Only stages whose filesystem ends up in the built image
 * (the target and the stages it is built on) are checked, and ONBUILD RUN
 * triggers.
 */
abstract class CacheLeftInLayer extends BaseRule {
    private final List<String> cacheDirs;

    CacheLeftInLayer(RuleInfo info, List<String> cacheDirs) {
        super(info);
        this.cacheDirs = cacheDirs;
    }

    /**
     * A manager's cache directories and the other forms the same directory
     * takes in a script: its parent in root's home, home-relative paths.
     */
    static List<String> withHomeForms(List<String> dirs, String... forms) {
        List<String> out = new ArrayList<>(dirs);
        out.addAll(List.of(forms));
        return List.copyOf(out);
    }

    /** The install command that fills the cache, or null. */
    abstract boolean fills(ShellCommand c, Scripts.RunScript in, RuleContext ctx);

    /** Whether a command of the same RUN removes the cache. */
    abstract boolean cleans(ShellCommand c);

    /** The cache directories of this install (a cache or tmpfs mount on one of them replaces the cleanup). */
    List<String> cacheDirs(ShellCommand install) {
        return cacheDirs;
    }

    /**
     * The message for an install with no cleanup; {@code cacheDir} is the
     * first cache directory as it is for the user the RUN runs as (see
     * {@link #forUser}), the one a cache mount would go on.
     */
    abstract String message(ShellCommand install, String cacheDir);

    @Override
    public void check(RuleContext ctx) {
        Stage target = ctx.model().target();
        Set<Stage> shipped = Collections.newSetFromMap(new IdentityHashMap<>());
        if (target != null) {
            shipped.addAll(Stages.chain(target));
        }
        for (Scripts.RunScript r : Scripts.of(ctx)) {
            if (r.onbuild() == null && !shipped.contains(r.stage())) {
                continue;
            }
            ShellCommand install = null;
            List<String> dirs = List.of();
            boolean cleaned = false;
            for (ShellCommand c : r.script().commands()) {
                if (install == null && fills(c, r, ctx)) {
                    install = c;
                    dirs = forUser(cacheDirs(install), r, ctx);
                } else if (install != null && (cleans(c) || removesDir(c, dirs))) {
                    cleaned = true;
                }
            }
            if (install != null && !cleaned && !mounted(r, dirs)) {
                ctx.report(r.span(install), message(install, where(dirs, r, ctx)));
            }
        }
    }

    /**
     * The cache directories for the user the RUN runs as: a directory under
     * root's home ({@link Ecosystem#homeRelative}) is under the home of a
     * non-root USER ({@link Stages#accountBefore}) when the file gives that
     * home; root's forms stay in the list after them. ONBUILD triggers run as
     * the child image's user: the directories as written.
     */
    private static List<String> forUser(List<String> dirs, Scripts.RunScript r, RuleContext ctx) {
        if (r.onbuild() != null || r.run() == null) {
            return dirs;
        }
        Stages.Account account = Stages.accountBefore(ctx, r.run());
        if (account.home() == null || account.home().equals("/root")) {
            return dirs;
        }
        List<String> out = new ArrayList<>();
        for (String dir : dirs) {
            String rel = Ecosystem.homeRelative(dir);
            if (rel != null) {
                out.add(Text.stripTrailing(account.home(), '/') + "/" + rel);
            }
        }
        out.addAll(dirs);
        return List.copyOf(out);
    }

    /** The first cache directory as the message names it: for a USER whose home the file does not give, by that user. */
    private static String where(List<String> dirs, Scripts.RunScript r, RuleContext ctx) {
        String first = dirs.get(0);
        String rel = Ecosystem.homeRelative(first);
        if (rel == null || r.onbuild() != null || r.run() == null) {
            return first;
        }
        Stages.Account account = Stages.accountBefore(ctx, r.run());
        return account.home() == null ? "~/" + rel + " in the home of USER " + account.user() : first;
    }

    private static boolean mounted(Scripts.RunScript r, List<String> cacheDirs) {
        for (Mount m : r.run().mounts()) {
            if ((m.type().equals("cache") || m.type().equals("tmpfs")) && m.target() != null) {
                String t = Text.stripTrailing(m.target(), '/');
                for (String dir : cacheDirs) {
                    if (dir.equals(t) || dir.startsWith(t + "/") || t.startsWith(dir + "/")
                            || dir.endsWith((t.startsWith("~") ? t.substring(1) : t))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean removesDir(ShellCommand c, List<String> cacheDirs) {
        if (!c.isProgram("rm")) {
            return false;
        }
        return c.positionals().stream().anyMatch(w -> cacheDirs.stream().anyMatch(d -> {
            String v = withoutTrailingSlashStar(w.value());
            return v.equals(d) || v.startsWith(d + "/") || d.startsWith(v + "/") && v.length() > 4;
        }));
    }

    /** A path without a trailing {@code /*} and slashes ({@code /root/.cache/*} is the cache dir). */
    private static String withoutTrailingSlashStar(String path) {
        return Text.stripTrailing(path.endsWith("/*") ? path.substring(0, path.length() - 2) : path, '/');
    }
}
