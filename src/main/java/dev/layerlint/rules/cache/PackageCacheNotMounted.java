package dev.layerlint.rules.cache;

import dev.layerlint.ast.Mount;
import dev.layerlint.ast.Run;
import dev.layerlint.cache.Builder;
import dev.layerlint.cache.Ecosystem;
import dev.layerlint.cache.Step;
import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.model.Scope;
import dev.layerlint.model.Stage;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Stages;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CA009 (info): a package install without {@code RUN --mount=type=cache}
 * on the package manager's cache directory. When the step reruns (and
 * cache rules cannot always prevent that), every package is downloaded
 * again; a cache mount keeps them between builds without entering the key.
 * The directory is the one this command fills (a Go build's build cache,
 * {@code go mod download}'s module cache), moved by its environment
 * variable ({@code GOCACHE}, {@code PIP_CACHE_DIR}) and under the home of
 * the stage's USER; whether an existing mount can work is CA011's.
 */
public final class PackageCacheNotMounted extends BaseRule {
    public static final RuleInfo INFO = new RuleInfo("CA009", "package-cache-not-mounted",
            "A package install without a cache mount downloads every package again when the step reruns",
            Severity.INFO, List.of()).withFix();

    public PackageCacheNotMounted() {
        super(INFO);
    }

    /** Where one command's cache is for this RUN: the directories, and why they could not be placed. */
    record Target(List<String> dirs, String relative, Stages.Account account) {
        /** A cache under a home this file does not give. */
        boolean homeUnknown() {
            return dirs.isEmpty();
        }
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.options().builder() != Builder.BUILDKIT) {
            return; // the classic builder has no cache mounts
        }
        // per stage, the ecosystems whose dependencies an earlier RUN fetched into the image (no cache mount)
        Map<Stage, Set<Ecosystem>> inImage = new IdentityHashMap<>();
        for (Step step : ctx.cache().steps()) {
            if (!(step.instruction() instanceof Run run)) {
                continue;
            }
            Set<Ecosystem> fetched = inImage.computeIfAbsent(step.stage(), s -> EnumSet.noneOf(Ecosystem.class));
            Set<Ecosystem> fetchedHere = EnumSet.noneOf(Ecosystem.class);
            if (step.stage() != null && Stages.isWindows(step.stage())) {
                continue; // Windows images are built by the classic builder: no cache mounts to add
            }
            for (ShellCommand c : step.script().commands()) {
                Ecosystem e = Ecosystem.installing(c);
                if (e == null) {
                    continue;
                }
                boolean goBuild = e == Ecosystem.GO && !Ecosystem.cacheDirs(c).equals(
                        Ecosystem.cacheDirs(Ecosystem.programOf(c)));
                if (Ecosystem.fetchesNothing(c) && !goBuild) {
                    continue; // nothing to download: a download cache cannot help
                }
                boolean build = Ecosystem.fetchesOwnDependencies(c, e);
                if (build && !goBuild && fetched.contains(e)) {
                    continue; // an earlier step fetched its dependencies into the image: nothing left to download
                }
                Target target = target(ctx, run, c, goBuild);
                boolean mount = mounted(run, target);
                if (!build && !mount) {
                    fetchedHere.add(e);
                }
                if (mount) {
                    continue;
                }
                ctx.report(run.keyword().span(), message(c, e, target, goBuild), fix(run, c, e, target));
                break;
            }
            fetched.addAll(fetchedHere);
        }
    }

    /**
     * The directories of this command's cache for this RUN, the one to mount
     * first: a variable in the RUN's environment that moves it wins; a
     * directory under root's home moves to the home of the stage's USER
     * (none when that home is unknown).
     */
    static Target target(RuleContext ctx, Run run, ShellCommand c, boolean goBuild) {
        List<String> vocabulary = Ecosystem.cacheDirs(c);
        if (goBuild) {
            vocabulary = vocabulary.subList(0, 1); // the build cache: the module cache is go mod download's
        }
        Scope scope = ctx.model().scopeBefore(run);
        Stages.Account account = Stages.accountBefore(ctx, run);
        List<String> dirs = new ArrayList<>();
        String relative = null;
        for (String dir : vocabulary) {
            String variable = Ecosystem.cacheDirVariable(dir);
            String moved = variable == null || scope == null ? null : literal(scope.value(variable));
            if (moved == null && scope != null && variable != null && variable.equals("GOMODCACHE")) {
                String gopath = literal(scope.value("GOPATH"));
                moved = gopath == null ? null : gopath + "/pkg/mod";
            }
            if (moved != null) {
                dirs.add(moved);
                continue;
            }
            String rel = Ecosystem.homeRelative(dir);
            if (rel == null || Stages.isRoot(account.user()) && account.home().equals("/root")) {
                dirs.add(dir);
            } else if (account.home() != null) {
                dirs.add(account.home() + "/" + rel);
            } else if (relative == null) {
                relative = rel;
            }
        }
        if (relative != null && !dirs.isEmpty() && Ecosystem.homeRelative(vocabulary.get(0)) != null) {
            dirs.clear(); // the main directory is under the unknown home
        }
        return new Target(dirs, relative, account);
    }

    private static String literal(String value) {
        return value == null || value.isBlank() || value.contains("$") ? null : value;
    }

    /** Whether a cache (or tmpfs) mount of the RUN covers one of the target's directories. */
    static boolean mounted(Run run, Target t) {
        for (Mount m : run.mounts()) {
            String target = m.target();
            if ((m.type().equals("cache") || m.type().equals("tmpfs")) && target != null) {
                target = target.length() > 1 && target.endsWith("/") ? target.substring(0, target.length() - 1)
                        : target;
                for (String dir : t.dirs()) {
                    if (covers(target, dir) || target.endsWith(dir.substring(dir.lastIndexOf('/')))) {
                        return true;
                    }
                }
                if (t.homeUnknown() && t.relative() != null && target.endsWith("/" + t.relative())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a mount on {@code target} holds {@code dir}: the same, a parent, or a folder inside it. */
    static boolean covers(String target, String dir) {
        return target.equals(dir) || dir.startsWith(target + "/") || target.startsWith(dir + "/");
    }

    /**
     * The command as the shell reader has it: the program (with {@code -m
     * pip} for a Python module) and its sub-command words, the values of
     * value-taking flags skipped ({@code go build}, not {@code go build -s -w}
     * for {@code go build -ldflags "-s -w"}).
     */
    static String command(ShellCommand c, Ecosystem e) {
        StringBuilder s = new StringBuilder(c.program());
        if (!c.program().equals(Ecosystem.programOf(c))) {
            s.append(" -m ").append(Ecosystem.programOf(c));
        }
        String sub = Ecosystem.subcommand(c, e);
        if (!sub.isEmpty()) {
            s.append(' ').append(sub);
            List<ShellWord> positionals = c.positionals(Ecosystem.valuedFlags(c.program()));
            boolean twoWords = e == Ecosystem.GO && sub.equals("mod") || sub.equals("global") || e == Ecosystem.UV
                    && sub.equals("pip") || e == Ecosystem.CONDA && sub.equals("env");
            if (twoWords && positionals.size() > 1 && !positionals.get(1).dynamic()) {
                s.append(' ').append(positionals.get(1).value());
            }
        }
        return s.toString();
    }

    private static String message(ShellCommand c, Ecosystem e, Target t, boolean goBuild) {
        String what = command(c, e);
        String consequence = goBuild ? ": each time this step reruns, every package is compiled again"
                : ": each time this step reruns, every package is downloaded again";
        if (t.homeUnknown()) {
            return what + " without a cache mount on its cache, ~/" + t.relative() + " of USER " + t.account().user()
                    + ", whose home this file does not give" + consequence;
        }
        String dir = t.dirs().get(0);
        String where = goBuild ? "the build cache " + dir : dir;
        String keep = Ecosystem.keepsPackages(c) ? "" : "; " + c.program() + " also needs " + Ecosystem.KEEP_PACKAGES + ", or it deletes"
                + " the packages it downloads";
        return what + " without a cache mount on " + where + consequence + keep;
    }

    private static Fix fix(Run run, ShellCommand c, Ecosystem e, Target t) {
        if (t.homeUnknown()) {
            return Fix.displayOnly("Add --mount=type=cache,target=<home of " + t.account().user() + ">/"
                    + t.relative() + ",uid=<uid of " + t.account().user() + ">");
        }
        String dir = t.dirs().get(0);
        String owner = Stages.isRoot(t.account().user()) ? "" : t.account().uid() != null
                ? ",uid=" + t.account().uid() : ",uid=<uid of " + t.account().user() + ">";
        String mount = "--mount=type=cache,target=" + dir + owner;
        if (e == Ecosystem.APT) {
            StringBuilder apt = new StringBuilder("Use RUN");
            for (String d : e.cacheDirs()) {
                apt.append(" --mount=type=cache,target=").append(d).append(",sharing=locked");
            }
            return Fix.displayOnly(apt + ", and remove /etc/apt/apt.conf.d/docker-clean first so apt keeps its"
                    + " downloads");
        }
        if (e.isSystemPackageManager()) {
            String flag = disablingFlag(c, e);
            return Fix.displayOnly("Add " + mount + ",sharing=locked to the RUN"
                    + (flag != null ? " and drop " + flag : "")
                    + (Ecosystem.keepsPackages(c) ? "" : " and pass --setopt=" + Ecosystem.KEEP_PACKAGES + " to " + c.program()));
        }
        String flag = disablingFlag(c, e);
        if (flag != null) {
            return Fix.displayOnly("Add " + mount + " to the RUN and drop " + flag);
        }
        if (owner.contains("<")) {
            return Fix.displayOnly("Add " + mount);
        }
        return new Fix("Add " + mount, Fix.Safety.UNSAFE,
                List.of(Edit.insert(run.keyword().span().end(), " " + mount)));
    }

    /** The flag of this command that disables its cache, as written ({@code --no-cache-dir}), or null. */
    private static String disablingFlag(ShellCommand c, Ecosystem e) {
        if (!Ecosystem.disablesCache(c)) {
            return null;
        }
        for (ShellWord w : c.args()) {
            for (String f : e.noCacheFlags()) {
                if (w.isFlag() && w.value().toLowerCase(Locale.ROOT).startsWith(f)) {
                    return w.value();
                }
            }
        }
        return e.noCacheFlags().get(0);
    }
}
