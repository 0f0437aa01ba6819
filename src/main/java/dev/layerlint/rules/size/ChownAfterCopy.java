package dev.layerlint.rules.size;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Word;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * SZ011: files copied without {@code --chown} and then {@code chown -R} in a
 * later RUN: changing the owner rewrites every file, so the RUN's layer is a
 * second full copy of them. {@code COPY --chown=user:group} sets the owner
 * while copying, in one layer.
 */
public final class ChownAfterCopy extends BaseRule {
    public ChownAfterCopy() {
        super(new RuleInfo("SZ011", "chown-after-copy", "chown -R of copied files duplicates them in a new layer",
                Severity.WARNING, List.of()));
    }

    @Override
    public void check(RuleContext ctx) {
        Set<ShellCommand> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Stage stage : ctx.model().stages()) {
            List<Scripts.RunScript> runs = Scripts.of(ctx, stage);
            for (Instruction i : stage.instructions()) {
                Word dest = i instanceof Copy c && c.flag("chown") == null ? c.destination()
                        : i instanceof Add a && a.flag("chown") == null ? a.destination() : null;
                if (dest == null || !dest.text().startsWith("/")) {
                    continue;
                }
                String d = strip(dest.text());
                for (Scripts.RunScript r : runs) {
                    if (r.run().span().start() < i.span().start()) {
                        continue;
                    }
                    for (ShellCommand c : r.script().commands("chown")) {
                        if (!c.hasFlag("-R", "--recursive") || reported.contains(c)) {
                            continue;
                        }
                        List<ShellWord> pos = c.positionals("--from", "--reference");
                        if (pos.size() < 2) {
                            continue;
                        }
                        String owner = pos.get(0).value();
                        for (ShellWord p : pos.subList(1, pos.size())) {
                            String target = strip(p.value());
                            if (target.equals(d) || d.startsWith(target + "/") && !target.isEmpty()) {
                                reported.add(c);
                                ctx.report(r.span(c), "chown -R of " + p.value() + " rewrites every file copied on line "
                                        + i.span().startLine() + ": the new layer is a second full copy of them; use "
                                        + i.keyword().name() + " --chown=" + owner + " instead");
                                break;
                            }
                        }
                    }
                }
            }
        }
    }

    private static String strip(String p) {
        String s = p;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.endsWith("/.") ? s.substring(0, s.length() - 2) : s;
    }
}
