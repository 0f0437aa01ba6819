package dev.layerlint.rules.cache;

import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Run;
import dev.layerlint.ast.ShellForm;
import dev.layerlint.cache.Ecosystem;
import dev.layerlint.cache.Step;
import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.model.Stage;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.Moves;
import dev.layerlint.shell.ShellCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * CA004: {@code apt-get update} (or {@code apk update}, {@code yum/dnf
 * makecache}, {@code zypper refresh}: {@link Ecosystem#updatingIndex}) in a RUN that installs nothing, before one that installs. The
 * update layer stays cached on its own, so a changed install later runs
 * against a stale package index.
 */
public final class PackageIndexUpdateAlone extends BaseRule {
    public static final RuleInfo INFO = new RuleInfo("CA004", "package-index-update-alone",
            "A package index update runs in its own RUN, so later installs use a stale cached index",
            Severity.WARNING, List.of()).withFix();

    public PackageIndexUpdateAlone() {
        super(INFO);
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            List<Instruction> body = stage.instructions();
            for (int k = 0; k < body.size(); k++) {
                if (!(body.get(k) instanceof Run update)) {
                    continue;
                }
                Step step = ctx.cache().step(update);
                List<ShellCommand> commands = step.script().commands();
                Ecosystem e = updateOnly(commands);
                if (e == null) {
                    continue;
                }
                Run install = null;
                for (int m = k + 1; m < body.size() && install == null; m++) {
                    if (body.get(m) instanceof Run r) {
                        for (ShellCommand c : ctx.cache().step(r).script().commands()) {
                            if (Ecosystem.installing(c) == e) {
                                install = r;
                                break;
                            }
                        }
                    }
                }
                if (install == null) {
                    continue;
                }
                String what = commands.get(0).program() + " " + Ecosystem.subcommand(commands.get(0), e);
                ctx.report(update.span(), "`" + what + "` runs alone: its layer is cached on its own, so when the"
                        + " install on line " + install.span().startLine() + " changes it runs against the stale"
                        + " package index cached here (outdated packages, or 404s from the mirror)",
                        fix(ctx, body, update, install, step));
            }
        }
    }

    private static Ecosystem updateOnly(List<ShellCommand> commands) {
        Ecosystem found = null;
        for (ShellCommand c : commands) {
            Ecosystem e = Ecosystem.updatingIndex(c);
            if (e == null) {
                return null;
            }
            found = e;
        }
        return found;
    }

    private static Fix fix(RuleContext ctx, List<Instruction> body, Run update, Run install, Step updateStep) {
        String title = "Run the update in the same RUN as the install (line " + install.span().startLine() + ")";
        if (!(update.command() instanceof ShellForm updateText) || !(install.command() instanceof ShellForm target)
                || !install.heredocs().isEmpty() || !update.heredocs().isEmpty() || !update.flags().isEmpty()) {
            return Fix.displayOnly(title);
        }
        for (Instruction between : body.subList(body.indexOf(update) + 1, body.indexOf(install))) {
            if (between instanceof Run) {
                return Fix.displayOnly(title);
            }
        }
        List<Edit> edits = new ArrayList<>(List.of(Moves.removals(ctx.file(), List.of(update)).get(0)));
        boolean alreadyUpdates = ctx.cache().step(install).script().commands().stream()
                .anyMatch(c -> Ecosystem.updatingIndex(c) != null);
        if (!alreadyUpdates) {
            edits.add(Edit.insert(target.span().start(), updateText.text().strip() + " && "));
        }
        return new Fix(title, Fix.Safety.SAFE, edits);
    }
}
