package dev.layerlint.rules.ci;

import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.fix.TextEdits;
import dev.layerlint.pipeline.PipelineReader;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.RuleSettings;
import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the fixes of pipeline findings, as {@link dev.layerlint.rule.Fixer}
 * does for Dockerfiles: lint, take every applicable fix whose edits do not
 * overlap an earlier one, apply, read the file again and repeat until nothing
 * applicable is left. A round whose result is no longer a pipeline the reader
 * reads is dropped (and said in {@code problem}): a fixed file always parses.
 * Nothing is written here.
 */
public final class PipelineFixer {
    private static final int MAX_ROUNDS = 8;

    /** The fixed text, how many fixes were applied, and why fixing stopped early (or null). */
    public record Outcome(String text, int applied, String problem) {
        public boolean changed(String original) {
            return !text.equals(original);
        }
    }

    private PipelineFixer() {
    }

    /** Fixes {@code source}; an unreadable pipeline is the caller's InputException. */
    public static Outcome fix(SourceText source, Path file, RuleSettings settings, List<PipelineRule> rules,
                              boolean unsafe) throws InputException {
        String text = source.text();
        int applied = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            SourceText current = new SourceText(source.path(), text, source.hasBom());
            List<Finding> findings = PipelineLinter.lint(current, file, settings, rules);
            List<Edit> accepted = new ArrayList<>();
            int taken = 0;
            for (Finding f : findings) {
                Fix fix = f.fix();
                if (fix == null || fix.edits().isEmpty() || fix.safety() == Fix.Safety.DISPLAY_ONLY
                        || fix.safety() == Fix.Safety.UNSAFE && !unsafe
                        || fix.edits().stream().anyMatch(e -> e.file() != null)) {
                    continue;
                }
                if (fix.edits().stream().anyMatch(e -> accepted.stream().anyMatch(e::overlaps))) {
                    continue; // another fix got there first
                }
                accepted.addAll(fix.edits());
                taken++;
            }
            if (taken == 0) {
                break;
            }
            String next = TextEdits.apply(text, accepted);
            try {
                PipelineReader.read(new SourceText(source.path(), next, source.hasBom()), file);
            } catch (InputException e) {
                return new Outcome(text, applied, "a fix would make the file unreadable (" + e.getMessage()
                        + "); those fixes were not applied");
            }
            applied += taken;
            if (next.equals(text)) {
                break;
            }
            text = next;
        }
        return new Outcome(text, applied, null);
    }
}
