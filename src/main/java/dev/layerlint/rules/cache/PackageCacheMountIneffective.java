package dev.layerlint.rules.cache;

import dev.layerlint.ast.Mount;
import dev.layerlint.ast.Run;
import dev.layerlint.cache.Builder;
import dev.layerlint.cache.Ecosystem;
import dev.layerlint.cache.Step;
import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.rules.Stages;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.List;
import java.util.Locale;

/**
 * CA011 (info): a system package manager's cache mount that cannot do its
 * job. An apt cache mount shared between concurrent builds without
 * {@code sharing=locked} (apt locks its cache: a second build fails on the
 * lock or corrupts it); an apt cache mount while Debian's
 * {@code docker-clean} hook is still in place (it deletes every downloaded
 * package after each install, so the mount stays empty of packages); a
 * dnf/yum/microdnf/tdnf cache mount without {@code keepcache=1} (they delete
 * the packages they downloaded). CA009 says when there is no mount at all.
 */
public final class PackageCacheMountIneffective extends BaseRule {
    public static final RuleInfo INFO = new RuleInfo("CA011", "package-cache-mount-ineffective",
            "A package cache mount that keeps no packages or breaks concurrent builds", Severity.INFO, List.of())
            .withFix();

    private static final String DOCKER_CLEAN = "/etc/apt/apt.conf.d/docker-clean";

    public PackageCacheMountIneffective() {
        super(INFO);
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.options().builder() != Builder.BUILDKIT) {
            return;
        }
        for (Step step : ctx.cache().steps()) {
            if (!(step.instruction() instanceof Run run) || run.mounts().isEmpty()) {
                continue;
            }
            ShellCommand install = null;
            boolean apt = false;
            for (ShellCommand c : step.script().commands()) {
                Ecosystem e = Ecosystem.ofProgram(c);
                apt |= e == Ecosystem.APT;
                if (install == null && Ecosystem.installing(c) != null && e != null && e.isSystemPackageManager()) {
                    install = c;
                }
            }
            if (apt) {
                checkAptLocking(ctx, run);
            }
            if (install == null) {
                continue;
            }
            Ecosystem e = Ecosystem.ofProgram(install);
            // apt: the archives in /var/cache/apt are what docker-clean deletes (the lists in /var/lib/apt stay)
            List<String> dirs = Ecosystem.cacheDirs(Ecosystem.programOf(install));
            Mount cache = cacheMount(run, e == Ecosystem.APT ? dirs.subList(0, 1) : dirs);
            if (cache == null) {
                continue;
            }
            if (e == Ecosystem.APT && !dockerCleanRemoved(ctx, run, install)) {
                boolean aptBinary = install.program().equals("apt");
                ctx.report(cache.span(), "apt cache mount on " + cache.target() + " keeps no packages: Debian's"
                        + " docker-clean hook (" + DOCKER_CLEAN + ") deletes every downloaded package after "
                        + install.program() + " " + Ecosystem.subcommand(install, e)
                        + (aptBinary ? ", and apt (unlike apt-get) deletes them itself unless"
                        + " Binary::apt::APT::Keep-Downloaded-Packages is true" : ""),
                        Fix.displayOnly("Remove the hook before the install: rm -f " + DOCKER_CLEAN
                                + (aptBinary ? "; echo 'Binary::apt::APT::Keep-Downloaded-Packages \"true\";' >"
                                + " /etc/apt/apt.conf.d/keep-cache" : "") + " (in this RUN or an earlier one)"));
            } else if (e == Ecosystem.YUM && !Ecosystem.keepsPackages(install) && !keepcacheConfigured(ctx, run)) {
                ctx.report(cache.span(), install.program() + " cache mount on " + cache.target()
                        + " keeps only the repository metadata: " + install.program() + " deletes the packages it"
                        + " downloads unless " + Ecosystem.KEEP_PACKAGES,
                        Fix.displayOnly("Pass --setopt=" + Ecosystem.KEEP_PACKAGES + " to " + install.program() + " "
                                + Ecosystem.subcommand(install, e)));
            }
        }
    }

    /** apt's cache and lists mounts without sharing=locked (the default, shared, lets two builds in at once). */
    private void checkAptLocking(RuleContext ctx, Run run) {
        for (Mount m : run.mounts()) {
            if (!m.type().equals("cache") || m.target() == null || !coversAny(m.target(), Ecosystem.APT.cacheDirs())) {
                continue;
            }
            String sharing = m.option("sharing");
            if (sharing != null && (sharing.equals("locked") || sharing.equals("private"))) {
                continue;
            }
            String message = "apt cache mount on " + m.target() + " without sharing=locked: two builds running apt"
                    + " at once share it, and one fails on apt's lock or finds its files half-written";
            Fix fix = sharing == null
                    ? Fix.safe("Add sharing=locked to the mount", List.of(Edit.insert(mountEnd(ctx, m),
                            ",sharing=locked")))
                    : Fix.displayOnly("Change sharing=" + sharing + " to sharing=locked");
            ctx.report(m.span(), message, fix);
        }
    }

    /** Where the mount's options end in the file: after its last character, before a closing quote. */
    private static int mountEnd(RuleContext ctx, Mount m) {
        String text = ctx.file().source().slice(m.span());
        int end = m.span().end();
        return text.endsWith("\"") || text.endsWith("'") ? end - 1 : end;
    }

    private static Mount cacheMount(Run run, List<String> dirs) {
        for (Mount m : run.mounts()) {
            if (m.type().equals("cache") && m.target() != null && coversAny(m.target(), dirs)) {
                return m;
            }
        }
        return null;
    }

    private static boolean coversAny(String target, List<String> dirs) {
        String t = target.length() > 1 && target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        for (String dir : dirs) {
            if (PackageCacheNotMounted.covers(t, dir)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether Debian's docker-clean hook is gone before the install: removed
     * ({@code rm}, {@code mv}) or overwritten (a redirect onto it) by an
     * earlier command of this RUN or a RUN before it in the stage or the
     * stages it is built on.
     */
    private static boolean dockerCleanRemoved(RuleContext ctx, Run run, ShellCommand install) {
        Stage stage = ctx.model().stageOf(run);
        for (Stage s : stage == null ? List.<Stage>of() : Stages.chain(stage)) {
            for (Scripts.RunScript script : Scripts.of(ctx, s)) {
                boolean same = script.run() == run;
                if (s == stage && !same && script.run() != null
                        && script.run().span().start() > run.span().start()) {
                    continue;
                }
                for (ShellCommand c : script.script().commands()) {
                    if (same && c.start() >= install.start()) {
                        break;
                    }
                    if (removesDockerClean(c)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean removesDockerClean(ShellCommand c) {
        if (c.isProgram("rm", "mv", "unlink")) {
            for (ShellWord w : c.args()) {
                if (w.value().endsWith("docker-clean") || w.value().endsWith("apt.conf.d/*")) {
                    return true;
                }
            }
        }
        for (ShellWord r : c.redirects()) {
            if (r.value().endsWith("docker-clean")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a RUN up to this one writes keepcache=1 (or True) into dnf.conf or yum.conf. */
    private static boolean keepcacheConfigured(RuleContext ctx, Run run) {
        Stage stage = ctx.model().stageOf(run);
        for (Stage s : stage == null ? List.<Stage>of() : Stages.chain(stage)) {
            for (Scripts.RunScript script : Scripts.of(ctx, s)) {
                if (s == stage && script.run() != null && script.run().span().start() > run.span().start()) {
                    continue;
                }
                for (ShellCommand c : script.script().commands()) {
                    for (ShellWord w : c.words()) {
                        String v = w.value().toLowerCase(Locale.ROOT).replace(" ", "");
                        if (v.contains("keepcache=1") || v.contains("keepcache=true")) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
