package dev.layerlint.rules.correctness;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Packages;
import dev.layerlint.rules.Scripts;
import dev.layerlint.rules.Stages;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.List;
import java.util.Set;

/**
 * BU029: {@code apt-get install} in a RUN that does not run
 * {@code apt-get update} first. Either it installs from package lists an
 * earlier layer cached (reused as long as that line is unchanged: when the
 * archive moves on, the install gets 404s or stale versions), or from no
 * lists at all. An update that runs alone right before is CA004's finding,
 * not repeated here; installs of local {@code .deb} files only are left alone.
 */
public final class AptInstallWithoutUpdate extends BaseRule {
    private static final Set<String> INSTALL = Set.of("install", "build-dep");

    public AptInstallWithoutUpdate() {
        super(new RuleInfo("BU029", "apt-install-without-update",
                "apt-get install runs without apt-get update in the same RUN, on cached or missing package lists",
                Severity.WARNING, List.of()).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            List<Scripts.RunScript> runs = Scripts.of(ctx, stage);
            for (int n = 0; n < runs.size(); n++) {
                Scripts.RunScript r = runs.get(n);
                if (r.script().skipsParts()) {
                    continue; // an update may be in the arms of a case statement the reader does not read
                }
                boolean updated = false;
                for (ShellCommand c : r.script().commands()) {
                    if (Ecosystem.updatingIndex(c) == Ecosystem.APT) {
                        updated = true;
                    }
                    if (updated || Ecosystem.ofProgram(c) != Ecosystem.APT) {
                        continue;
                    }
                    List<ShellWord> packages = Packages.installed(c, INSTALL);
                    if (packages.isEmpty() || packages.stream().allMatch(p -> p.value().contains("/")
                            || p.value().endsWith(".deb"))) {
                        continue;
                    }
                    report(ctx, stage, runs, n, r, c);
                    break;
                }
            }
        }
    }

    private static void report(RuleContext ctx, Stage stage, List<Scripts.RunScript> runs, int n,
                               Scripts.RunScript r, ShellCommand c) {
        String what = c.program() + " " + c.subcommand(Ecosystem.valuedFlags(c.program()));
        Scripts.RunScript update = lastUpdate(runs, n);
        if (update != null) {
            if (updateOnly(update) && !installsBetween(runs, runs.indexOf(update), n)) {
                return; // CA004 reports the update that runs alone
            }
            ctx.report(r.span(c), "`" + what + "` has no apt-get update in its RUN: it installs from the package"
                    + " lists cached by the update on line " + update.run().span().startLine() + ", a layer reused as"
                    + " long as that line is unchanged, so once the archive moves on it fails with 404s or installs"
                    + " stale versions; run apt-get update && " + what + " in one RUN");
            return;
        }
        for (Stage s : Stages.chain(stage).subList(1, Stages.chain(stage).size())) {
            if (Scripts.of(ctx, s).stream().anyMatch(o -> hasUpdate(o))) {
                ctx.report(r.span(c), "`" + what + "` has no apt-get update in its RUN: it installs from the package"
                        + " lists stage " + s.label() + " cached,"
                        + " which go stale with that layer; run apt-get update && " + what + " in one RUN");
                return;
            }
        }
        ctx.report(r.span(c), "`" + what + "` runs with no apt-get update before it, in this RUN or an earlier one:"
                + " images that remove their package lists (the official Debian and Ubuntu ones do) have none, so"
                + " it fails with \"Unable to locate package\"; run apt-get update && " + what + " in one RUN");
    }

    private static Scripts.RunScript lastUpdate(List<Scripts.RunScript> runs, int n) {
        for (int m = n - 1; m >= 0; m--) {
            if (hasUpdate(runs.get(m))) {
                return runs.get(m);
            }
        }
        return null;
    }

    private static boolean hasUpdate(Scripts.RunScript r) {
        return r.script().commands().stream().anyMatch(c -> Ecosystem.updatingIndex(c) == Ecosystem.APT);
    }

    private static boolean updateOnly(Scripts.RunScript r) {
        return r.script().commands().stream().allMatch(c -> Ecosystem.updatingIndex(c) != null);
    }

    private static boolean installsBetween(List<Scripts.RunScript> runs, int from, int to) {
        for (int m = from + 1; m < to; m++) {
            if (runs.get(m).script().commands().stream().anyMatch(c -> Ecosystem.installing(c) == Ecosystem.APT)) {
                return true;
            }
        }
        return false;
    }
}
