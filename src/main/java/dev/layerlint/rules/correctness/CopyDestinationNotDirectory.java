package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Onbuild;
import dev.layerlint.ast.Word;
import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;

/** BU004: COPY/ADD with several sources to a destination that does not end in {@code /}: the build fails. */
public final class CopyDestinationNotDirectory extends BaseRule {
    public CopyDestinationNotDirectory() {
        super(new RuleInfo("BU004", "copy-destination-not-directory",
                "COPY or ADD with several sources needs a destination ending in /", Severity.ERROR,
                List.of("DL3021")).withFix().withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction i : ctx.file().instructions()) {
            Instruction in = i instanceof Onbuild ob && ob.trigger() != null ? ob.trigger() : i;
            List<Word> sources;
            Word dest;
            int heredocs;
            boolean exec;
            if (in instanceof Copy c) {
                sources = c.sources();
                dest = c.destination();
                heredocs = c.heredocs().size();
                exec = c.execForm();
            } else if (in instanceof Add a) {
                sources = a.sources();
                dest = a.destination();
                heredocs = a.heredocs().size();
                exec = a.execForm();
            } else {
                continue;
            }
            if (dest == null || sources.size() < 2 || heredocs > 0) {
                continue;
            }
            String d = dest.text();
            if (d.endsWith("/") || d.endsWith("\\") || d.equals(".") || d.equals("..") || d.contains("$")) {
                continue;
            }
            ctx.report(dest.span(), sources.size() + " sources are copied to \"" + d + "\", which does not end in /:"
                    + " the build fails (\"the destination must be a directory and end with a /\")",
                    exec ? Fix.displayOnly("End the destination with /")
                            : Fix.safe("End the destination with /", List.of(
                                    Edit.insert(dest.span().end(), "/"))));
        }
    }
}
