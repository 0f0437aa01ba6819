package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Run;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Stages;
import java.util.List;

/** BU020: {@code COPY --from=stage / /} copies a whole filesystem over the current one. */
public final class CopyWholeFilesystem extends BaseRule {
    public CopyWholeFilesystem() {
        super(new RuleInfo("BU020", "copy-whole-filesystem", "COPY --from copies the whole filesystem of a stage",
                Severity.WARNING, List.of("DL3067")));
    }

    /**
     * Whether the source is a stage of this file built on a distribution
     * image, with RUN steps of its own. An external image copied whole is usually published for that
     * (tonistiigi/xx, a static docker CLI), and a stage built FROM scratch
     * holds only what it was given; neither is reported.
     */
    private static boolean fullSystem(RuleContext ctx, Instruction at, String ref) {
        var stage = ctx.model().stageOf(at);
        var source = stage == null || ref == null ? null : ctx.model().resolveFrom(stage, ref);
        if (source == null) {
            return false;
        }
        var chain = Stages.chain(source);
        var root = chain.get(chain.size() - 1);
        // a stage without RUNs only names an image (FROM tonistiigi/xx AS xx): what it holds is that image's
        return root.hasImageBase() && chain.stream().anyMatch(s -> s.instructions().stream()
                .anyMatch(i -> i instanceof Run));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction i : ctx.file().instructions()) {
            if (i instanceof Copy c && c.flag("from") != null && c.sources().size() == 1 && c.destination() != null
                    && c.sources().get(0).text().equals("/") && c.destination().text().equals("/")
                    && fullSystem(ctx, i, c.flag("from").value())) {
                ctx.report(c.span(), "copies every file of '" + c.flag("from").value() + "' over this stage's"
                        + " filesystem: everything it has (package databases, /etc, /tmp of a full image) lands in a new"
                        + " layer and overwrites this stage's files; copy only the directories you need");
            }
        }
    }
}
