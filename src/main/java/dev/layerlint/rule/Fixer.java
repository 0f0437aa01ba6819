package dev.layerlint.rule;

import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.fix.TextEdits;
import dev.layerlint.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies fixes: lint, take every applicable fix whose edits do not overlap
 * an earlier one, apply, and lint again until nothing applicable is left
 * (at most a few rounds). Edits of other files (a {@code .dockerignore}) are
 * collected by path; nothing is written here.
 */
public final class Fixer {
    private static final int MAX_ROUNDS = 8;

    /**
     * The fixed Dockerfile text, new contents of other files (context-relative), how many fixes applied, and
     * which: each applied finding with the text it was found in (a later round's text, when an earlier fix
     * exposed it).
     */
    public record Outcome(String dockerfile, Map<String, String> otherFiles, int applied, List<Applied> fixed) {
        public Outcome {
            fixed = List.copyOf(fixed);
        }

        public boolean changed(String original) {
            return !dockerfile.equals(original) || !otherFiles.isEmpty();
        }
    }

    /** A finding whose fix was applied, and the source it was reported on. */
    public record Applied(Finding finding, SourceText source) {
    }

    private Fixer() {
    }

    public static Outcome fix(SourceText source, Path dockerfilePath, LintOptions options, List<Rule> rules,
                              boolean unsafe) {
        String text = source.text();
        Map<String, String> others = new LinkedHashMap<>();
        int applied = 0;
        List<Applied> fixed = new ArrayList<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            SourceText current = new SourceText(source.path(), text, source.hasBom());
            List<Finding> findings = Linter.lint(current, dockerfilePath, options, rules).findings();
            List<Edit> accepted = new ArrayList<>();
            int taken = 0;
            for (Finding f : findings) {
                Fix fix = f.fix();
                if (fix == null || fix.edits().isEmpty() || fix.safety() == Fix.Safety.DISPLAY_ONLY
                        || (fix.safety() == Fix.Safety.UNSAFE && !unsafe)) {
                    continue;
                }
                boolean conflict = fix.edits().stream().anyMatch(e -> accepted.stream().anyMatch(e::overlaps)
                        || e.file() != null && others.containsKey(e.file()));
                if (conflict) {
                    continue; // another fix got there first; an already-edited other file is done
                }
                accepted.addAll(fix.edits());
                fixed.add(new Applied(f, current));
                taken++;
            }
            if (taken == 0) {
                break;
            }
            List<Edit> own = accepted.stream().filter(e -> e.file() == null).toList();
            text = TextEdits.apply(text, own);
            for (Edit e : accepted) {
                if (e.file() != null) {
                    String base = others.containsKey(e.file()) ? others.get(e.file())
                            : read(options.context(), e.file());
                    others.put(e.file(), TextEdits.apply(base, List.of(e)));
                }
            }
            applied += taken;
            if (own.isEmpty() || Objects.equals(text, current.text())) {
                break;
            }
        }
        return new Outcome(text, others, applied, fixed);
    }

    private static String read(Path context, String file) {
        if (context == null) {
            return "";
        }
        try {
            Path p = context.resolve(file);
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
