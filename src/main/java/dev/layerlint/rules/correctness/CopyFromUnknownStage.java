package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Flag;
import dev.layerlint.ast.Instruction;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.source.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * BU005: {@code COPY --from=x} where x is no earlier stage: BuildKit then
 * pulls an image named x, which is almost always a typo or a stage defined
 * further down.
 */
public final class CopyFromUnknownStage extends BaseRule {
    public CopyFromUnknownStage() {
        super(new RuleInfo("BU005", "copy-from-unknown-stage",
                "COPY --from names no earlier stage, so it is pulled as an image", Severity.WARNING,
                List.of("DL3022")));
    }

    @Override
    public void check(RuleContext ctx) {
        List<Stage> stages = ctx.model().stages();
        for (Stage stage : stages) {
            for (Instruction i : stage.instructions()) {
                if (!(i instanceof Copy copy) || copy.flag("from") == null || !copy.flag("from").hasValue()) {
                    continue;
                }
                Flag from = copy.flag("from");
                String ref = from.value();
                if (ref.isEmpty() || ref.contains(":") || ref.contains("@") || ref.contains("/") || ref.contains("$")
                        || ctx.model().resolveFrom(stage, ref) != null) {
                    continue;
                }
                List<String> earlier = new ArrayList<>();
                Stage later = null;
                for (Stage s : stages) {
                    if (s.name() == null) {
                        continue;
                    }
                    if (s.index() < stage.index()) {
                        earlier.add(s.name());
                    } else if (s.name().equalsIgnoreCase(ref)) {
                        later = s;
                    }
                }
                String why;
                if (later != null) {
                    why = "stage '" + ref + "' is defined later (line " + later.from().span().startLine()
                            + "); a stage can only copy from stages above it";
                } else {
                    String close = Suggest.closest(ref.toLowerCase(Locale.ROOT), earlier);
                    why = "no stage is named '" + ref + "'" + (close != null ? " (did you mean '" + close + "'?)"
                            : "") + ": unless the build passes --build-context " + ref + "=<dir or image>"
                            + " (a named context, the usual meaning of such a name), BuildKit takes '" + ref
                            + "' for an image on Docker Hub and pulls it (as " + ref + ":latest)";
                }
                ctx.report(from.span(), why);
            }
        }
    }
}
