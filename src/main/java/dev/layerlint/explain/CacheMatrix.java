package dev.layerlint.explain;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.From;
import dev.layerlint.ast.Instruction;
import dev.layerlint.cache.Builder;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.CachePredictor;
import dev.layerlint.cache.Change;
import dev.layerlint.cache.Step;
import dev.layerlint.cache.StepStatus;
import dev.layerlint.cache.VolatileArgs;
import dev.layerlint.model.BuildContext;
import dev.layerlint.model.CopySource;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.model.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cache matrix: one row per step, one column per kind of change the file
 * is exposed to (any source file, each narrower COPY's files, each build
 * argument, each base image), and for each column the share of expensive
 * work it redoes.
 */
public final class CacheMatrix {
    /** A kind of change; {@code key} identifies it across the file before and after fixes. */
    public record Column(String key, String label, boolean perBuild, Change change) {
    }

    /** One step and, per column, whether it rebuilds. */
    public record Row(int line, String stage, String text, boolean expensive, List<Boolean> rebuilt) {
    }

    private final List<Column> columns;
    private final List<Row> rows;
    private final Map<String, Double> redone;

    private CacheMatrix(List<Column> columns, List<Row> rows, Map<String, Double> redone) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.redone = redone;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Share (0..1) of expensive steps a column's change reruns; NaN when the file has no expensive step. */
    public double redone(String key) {
        return redone.getOrDefault(key, Double.NaN);
    }

    /** A path that only a COPY of the whole context (or of its folder) selects: "any source file". */
    static final String SOURCE_EDIT = "src/any-source-file";

    public static CacheMatrix of(CacheModel cache, VolatileArgs volatileArgs) {
        List<Column> columns = columns(cache, volatileArgs);
        List<Row> rows = new ArrayList<>();
        List<Set<Instruction>> rebuiltBy = new ArrayList<>();
        for (Column c : columns) {
            Set<Instruction> rebuilt = Collections.newSetFromMap(new IdentityHashMap<>());
            for (StepStatus p : new CachePredictor(cache).predict(List.of(c.change()), CachePredictor.Assumptions.defaults())) {
                if (p.status() == StepStatus.Status.REBUILT) {
                    rebuilt.add(p.instruction());
                }
            }
            rebuiltBy.add(rebuilt);
        }
        Map<String, Double> redone = new LinkedHashMap<>();
        int expensive = 0;
        int[] expensiveRebuilt = new int[columns.size()];
        List<Instruction> instructions = new ArrayList<>();
        for (Step s : cache.steps()) {
            if (s.isStep() && !(s.instruction() instanceof From)) {
                instructions.add(s.instruction());
            }
        }
        for (Instruction i : instructions) {
            Step step = cache.step(i);
            if (!cache.model().isReachable(step.stage()) && cache.builder() == Builder.BUILDKIT) {
                continue;
            }
            List<Boolean> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                boolean rebuilt = rebuiltBy.get(c).contains(i);
                cells.add(rebuilt);
                if (rebuilt && step.isExpensive()) {
                    expensiveRebuilt[c]++;
                }
            }
            if (step.isExpensive()) {
                expensive++;
            }
            rows.add(new Row(i.span().startLine(), step.stage().label(),
                    Explainer.shortText(cache.model().file().source(), i), step.isExpensive(), cells));
        }
        for (int c = 0; c < columns.size(); c++) {
            redone.put(columns.get(c).key(), expensive == 0 ? Double.NaN : (double) expensiveRebuilt[c] / expensive);
        }
        return new CacheMatrix(columns, rows, redone);
    }

    private static List<Column> columns(CacheModel cache, VolatileArgs volatileArgs) {
        SemanticModel model = cache.model();
        Map<String, Column> out = new LinkedHashMap<>();
        boolean copiesContext = false;
        for (Instruction i : model.file().instructions()) {
            if (model.stageOf(i) == null || !SemanticModel.copiesFromContext(i)) {
                continue;
            }
            for (CopySource copied : cache.copySources(i)) {
                String source = copied.path();
                if (copied.isWholeContext()) {
                    copiesContext = true;
                } else if (i instanceof Copy || i instanceof Add) {
                    String file = representative(cache.context(), copied);
                    out.putIfAbsent("file:" + source, new Column("file:" + source, source, false,
                            new Change.FileChanged(file)));
                }
            }
        }
        if (copiesContext) {
            out.put("source", new Column("source", "any source file", false, new Change.FileChanged(SOURCE_EDIT)));
            // a source edit is the first column
            Column source = out.remove("source");
            Map<String, Column> reordered = new LinkedHashMap<>();
            reordered.put("source", source);
            reordered.putAll(out);
            out = reordered;
        }
        for (Instruction i : model.file().instructions()) {
            if (i instanceof Arg arg) {
                for (ArgDeclaration d : arg.declarations()) {
                    String name = d.name().text();
                    VolatileArgs.Reason reason = volatileArgs.classify(name, d.hasDefault() ? d.defaultValue().text()
                            : null);
                    out.putIfAbsent("arg:" + name, new Column("arg:" + name, "build arg " + name
                            + (reason != null ? " (per build)" : ""), reason != null,
                            new Change.BuildArgChanged(name)));
                }
            }
        }
        for (Stage s : model.stages()) {
            if (s.hasImageBase()) {
                out.putIfAbsent("base:" + s.baseImage(), new Column("base:" + s.baseImage(), "base image "
                        + s.baseImage(), false, new Change.BaseImageChanged(s.baseImage())));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** A file a COPY source selects: the source itself, or (for a glob) a file in the context it matches. */
    private static String representative(BuildContext context, CopySource source) {
        if (!source.hasWildcards()) {
            return source.path();
        }
        if (context != null) {
            for (String f : context.includedFiles()) {
                if (source.selects(f)) {
                    return f;
                }
            }
        }
        return source.path().replace("*", "x").replace("?", "x");
    }
}
