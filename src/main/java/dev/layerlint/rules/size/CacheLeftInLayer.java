package dev.layerlint.rules.size;

import dev.layerlint.ast.Mount;
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

    /** The message for an install with no cleanup. */
    abstract String message(ShellCommand install);

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
            boolean cleaned = false;
            for (ShellCommand c : r.script().commands()) {
                if (install == null && fills(c, r, ctx)) {
                    install = c;
                } else if (install != null && (cleans(c) || removesDir(c, cacheDirs(install)))) {
                    cleaned = true;
                }
            }
            if (install != null && !cleaned && !mounted(r, cacheDirs(install))) {
                ctx.report(r.span(install), message(install));
            }
        }
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
