package dev.layerlint.cache;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Arg;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.Heredoc;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.ast.Label;
import dev.layerlint.ast.Mount;
import dev.layerlint.ast.Run;
import dev.layerlint.ast.Shell;
import dev.layerlint.ast.User;
import dev.layerlint.ast.Word;
import dev.layerlint.ast.Workdir;
import dev.layerlint.cache.StepStatus.Status;
import dev.layerlint.model.Binding;
import dev.layerlint.model.ContainerPaths;
import dev.layerlint.model.CopySource;
import dev.layerlint.model.ExpandedWords;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.model.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * The predictor of DESIGN.md section 3: for a set of changes against the
 * build that filled the cache, which steps of the classified file
 * (CacheModel) rebuild and why. BuildKit and the classic builder differ
 * (research: buildkit.md B.8, real-builders.md); both are modelled.
 */
public final class CachePredictor {
    /** Options of a prediction that the Dockerfile alone cannot decide. */
    public record Assumptions(boolean upstreamOutputChanges) {
        public static Assumptions defaults() {
            return new Assumptions(true);
        }
    }

    private final CacheModel cache;
    private final SemanticModel model;
    private final Builder builder;

    public CachePredictor(CacheModel cache) {
        this.cache = cache;
        this.model = cache.model();
        this.builder = cache.builder();
    }

    /** Every instruction's status in a build after {@code change}, in file order. */
    public List<StepStatus> predict(Change change, Assumptions assumptions) {
        return predict(List.of(change), assumptions);
    }

    /** Every instruction's status in a build after all of {@code changes}, in file order. */
    public List<StepStatus> predict(List<Change> changes, Assumptions assumptions) {
        List<StepStatus> out = new ArrayList<>();
        boolean[] stageChanged = new boolean[model.stages().size()];
        Output[] outputs = new Output[model.stages().size()];
        List<Change> effective = new ArrayList<>();
        for (Change change : changes) {
            if (!(change instanceof Change.FileChanged f && !f.leftContext() && cache.context() != null
                    && cache.context().isIgnored(f.path()))) {
                effective.add(change); // an ignored file never reaches the builder
            }
        }
        int targetIndex = model.target() == null ? -1 : model.target().index();
        for (Stage stage : model.stages()) {
            boolean built = builder == Builder.BUILDKIT ? model.isReachable(stage) : stage.index() <= targetIndex;
            if (!built) {
                out.add(new StepStatus(stage.from(), Status.SKIPPED, "stage not needed for the target"));
                for (Instruction i : stage.instructions()) {
                    out.add(new StepStatus(i, Status.SKIPPED, "stage not needed for the target"));
                }
                continue;
            }
            String chain = null;
            for (Change change : effective) {
                chain = chain != null ? chain : fromChanged(stage, change, stageChanged);
            }
            // where this stage's files may differ from the earlier build's: its base stage's, or all of them
            // when its base image changed or nothing is cached
            Output output = stage.baseStage() != null && outputs[stage.baseStage().index()] != null
                    ? outputs[stage.baseStage().index()].copy() : new Output();
            if (chain != null && (stage.baseStage() == null || !stageChanged[stage.baseStage().index()])) {
                output.all = true;
            }
            out.add(new StepStatus(stage.from(), chain != null ? Status.REBUILT : Status.NOT_A_STEP,
                    chain != null ? chain : "base"));
            for (Instruction i : stage.instructions()) {
                Step step = cache.step(i);
                String buildKitOnly = builder == Builder.CLASSIC ? buildKitOnly(i) : null;
                if (buildKitOnly != null) {
                    out.add(new StepStatus(i, Status.UNSUPPORTED, buildKitOnly + " requires BuildKit"));
                    continue;
                }
                String own = null;
                for (Change change : effective) {
                    own = own != null ? own : ownInputChanged(step, change, stageChanged, outputs, assumptions);
                }
                if (!step.isStep()) {
                    out.add(new StepStatus(i, Status.NOT_A_STEP, "metadata"));
                    continue;
                }
                boolean linked = cache.rebased(i);
                if (own != null || (chain != null && !linked)) {
                    wrote(output, step, own != null, effective);
                    out.add(new StepStatus(i, Status.REBUILT, own != null ? own : chain));
                    if (chain == null) {
                        chain = "after line " + i.span().startLine() + " (" + i.keyword().name() + ") rebuilt";
                    }
                } else {
                    out.add(new StepStatus(i, Status.CACHED, null));
                }
            }
            stageChanged[stage.index()] = chain != null;
            outputs[stage.index()] = output;
        }
        return out;
    }

    /** Where a stage's files may differ from the earlier build's: everywhere, or under some absolute paths. */
    private static final class Output {
        boolean all;
        final List<String> paths = new ArrayList<>();

        Output copy() {
            Output o = new Output();
            o.all = all;
            o.paths.addAll(paths);
            return o;
        }

        boolean touches(List<String> read) {
            if (all) {
                return true;
            }
            for (String r : read) {
                for (String p : paths) {
                    if (ContainerPaths.overlap(r, p)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * Records where a rebuilt step may have written other bytes than in the
     * earlier build. An edited (or new) instruction may have written
     * anything, and may no longer write what it did. A COPY/ADD rerun only
     * because a step above it reran writes the same files (its sources did
     * not change); with its own input changed, it writes new ones at its
     * destination. A RUN whose effects are known (RunEffects) writes the same
     * bytes unless a variable it expands, its user or shell, or a path it
     * reads changed; any other RUN may have written anything.
     */
    private void wrote(Output output, Step step, boolean ownChanged, List<Change> changes) {
        Instruction i = step.instruction();
        if (output.all) {
            return;
        }
        for (Change change : changes) {
            if (change instanceof Change.InstructionEdited e && e.instruction() == i) {
                output.all = true; // edited, new or after a deleted one: what it wrote before is not known here
                return;
            }
        }
        if (i instanceof Copy || i instanceof Add) {
            if (!ownChanged) {
                return;
            }
            String dest = i instanceof Copy c ? text(c.destination()) : text(((Add) i).destination());
            if (dest == null || remote(i)) {
                output.all = true;
            } else {
                String v = model.expand(i, dest).value();
                output.paths.add(ContainerPaths.join(model.workdir(i), v == null ? dest : v));
            }
            return;
        }
        if (i instanceof Workdir) {
            output.all |= ownChanged; // the folder is made elsewhere or as another user
            return;
        }
        if (!(i instanceof Run run)) {
            return; // a classic builder's metadata step writes no files
        }
        RunEffects effects = RunEffects.of(model, run, model.workdir(i));
        if (effects == null) {
            output.all = true;
            return;
        }
        if (effects.writes().isEmpty()) {
            return;
        }
        boolean changed = output.touches(effects.reads());
        for (Change change : changes) {
            if (changed) {
                break;
            }
            if (directInputChanged(step, change) != null) {
                changed = !readsNothingOf(step, change, effects); // (a RUN reading another stage mounts it: unknown)
            }
        }
        if (changed) {
            output.paths.addAll(effects.writes());
        }
    }

    /** Whether a change that reran the RUN touches only variables its script does not expand. */
    private boolean readsNothingOf(Step step, Change change, RunEffects effects) {
        if (change instanceof Change.BuildArgChanged a) {
            for (Binding b : step.environment()) {
                if (b.fedByArgs().contains(a.name()) && effects.variables().contains(b.name())) {
                    return false;
                }
            }
            return true;
        }
        if (change instanceof Change.InstructionEdited e && (e.instruction() instanceof Env
                || e.instruction() instanceof Arg) && e.instruction() != step.instruction()) {
            for (Binding b : step.environment()) {
                if (b.definedAt() == e.instruction() && effects.variables().contains(b.name())) {
                    return false;
                }
            }
            return true;
        }
        return false; // its text, user, shell, or a bind mount's files
    }

    private static String text(Word w) {
        return w == null ? null : w.text();
    }

    /** An ADD of a URL or a git repository: what it writes is not known from the text. */
    private static boolean remote(Instruction i) {
        return i instanceof Add a && a.sources().stream().anyMatch(w -> w.text().contains("://")
                || w.text().startsWith("git@"));
    }

    /** The flag of an instruction that the classic builder refuses ("RUN --mount", "COPY --chmod"), or null. */
    private static String buildKitOnly(Instruction i) {
        if (i instanceof Run run && !run.mounts().isEmpty()) {
            return "RUN --mount";
        }
        if ((i instanceof Copy || i instanceof Add) && i.flag("chmod") != null) {
            return i.keyword().name() + " --chmod"; // observed on dockerd 20.10: "the --chmod option requires BuildKit"
        }
        return null;
    }

    /** Why the stage's starting point changed, or null. */
    private String fromChanged(Stage stage, Change change, boolean[] stageChanged) {
        if (change instanceof Change.StageNotCached n) {
            return n.stage().index() == stage.index() ? n.why() : null;
        }
        if (stage.baseStage() != null) {
            return stageChanged[stage.baseStage().index()] ? "base stage " + stage.baseStage().label() + " rebuilt"
                    : null;
        }
        if (change instanceof Change.NoCache n) {
            return n.why();
        }
        if (change instanceof Change.BaseImageChanged b && stage.hasImageBase()
                && (b.image() == null || b.image().equals(stage.baseImage()))) {
            return "base image " + stage.baseImage() + " updated";
        }
        if (change instanceof Change.BuildArgChanged a && stage.from().image() != null
                && model.expand(stage.from(), stage.from().image().text()).referenced().contains(a.name())
                && model.globalScope().get(a.name()) != null) {
            return "build arg " + a.name() + " changed the base image";
        }
        if (change instanceof Change.InstructionEdited e && e.instruction() == stage.from()) {
            return "FROM edited";
        }
        return null;
    }

    /** Why the step's own key inputs changed, or null. */
    private String ownInputChanged(Step step, Change change, boolean[] stageChanged, Output[] outputs,
                                   Assumptions assumptions) {
        String own = directInputChanged(step, change);
        if (own != null || !assumptions.upstreamOutputChanges()) {
            return own;
        }
        return upstreamChanged(step, stageChanged, outputs);
    }

    /**
     * Why a step that reads another stage's files sees new ones, or null: a
     * {@code COPY --from} when the stage may have written other bytes under
     * what it copies (builders key it on the copied files' content), any
     * other reader when the stage reran.
     */
    private String upstreamChanged(Step step, boolean[] stageChanged, Output[] outputs) {
        Instruction i = step.instruction();
        for (String ref : SemanticModel.stageReferences(i)) {
            Stage from = model.resolveFrom(step.stage(), ref);
            if (from == null || !stageChanged[from.index()]) {
                continue;
            }
            Output output = outputs[from.index()];
            if (i instanceof Copy copy && output != null) {
                List<String> read = new ArrayList<>();
                for (Word w : copy.sources()) {
                    String v = model.expand(i, w.text()).value();
                    read.add(ContainerPaths.globRoot("/", v == null ? w.text() : v));
                }
                if (!output.touches(read)) {
                    continue; // it reran, writing the same bytes where this COPY reads
                }
            }
            return "stage " + from.label() + " rebuilt with new output";
        }
        return null;
    }

    /** Why the step's own text, environment or selected files changed, or null. */
    private String directInputChanged(Step step, Change change) {
        Instruction i = step.instruction();
        if (change instanceof Change.NoCache n) {
            return n.why(); // nothing is cached, not even a step that does not depend on what is below it
        }
        if (change instanceof Change.InstructionEdited e) {
            if (e.instruction() == i) {
                return "line " + i.span().startLine() + " edited";
            }
            return builder == Builder.BUILDKIT ? metadataRead(step, e.instruction()) : null;
        }
        if (change instanceof Change.BuildArgChanged a) {
            return argChanged(step, a);
        }
        if (change instanceof Change.FileChanged f) {
            if (i instanceof Copy || i instanceof Add) {
                if (SemanticModel.copiesFromContext(i) && cache.selection().selects(i, f.path())) {
                    return f.path() + " changed";
                }
            } else if (i instanceof Run run) {
                for (Mount m : run.mounts()) {
                    if (m.type().equals("bind") && m.option("from") == null) {
                        String src = m.option("source", "src");
                        if (CopySource.literal(src == null ? "." : src, CopySource.windowsPaths(model, i))
                                .selects(f.path())) {
                            return f.path() + " changed (bind mount)";
                        }
                    }
                }
            }
            return null;
        }
        return null;
    }

    /**
     * BuildKit: a metadata instruction that is no step of its own (ENV, ARG,
     * USER, SHELL) but whose value a later RUN's key holds (its environment,
     * user, shell) or a WORKDIR's key holds (the user it creates the folder as),
     * or whose variables a COPY/ADD/WORKDIR expands, changed in
     * value; null when the step does not read it.
     */
    private String metadataRead(Step step, Instruction edited) {
        Instruction i = step.instruction();
        if (model.stageOf(edited) == null || !(edited instanceof Env || edited instanceof Arg
                || edited instanceof User || edited instanceof Shell)) {
            return null;
        }
        if (i instanceof Run) {
            if (edited instanceof Env || edited instanceof Arg) {
                for (Binding b : step.environment()) {
                    if (b.definedAt() == edited) {
                        return edited.keyword().name() + " " + b.name() + " changed (line "
                                + edited.span().startLine() + ")";
                    }
                }
                return null;
            }
            return inForce(edited, i, step.stage()) ? edited.keyword().name() + " changed (line "
                    + edited.span().startLine() + ")" : null;
        }
        if (i instanceof Workdir && edited instanceof User) {
            // BuildKit creates the folder as the user in force: its key holds the user (observed on 20.10 and
            // 28.5: a WORKDIR after an edited USER reruns, and so does every step after it)
            return inForce(edited, i, step.stage()) ? edited.keyword().name() + " changed (line "
                    + edited.span().startLine() + ")" : null;
        }
        if (edited instanceof Env || edited instanceof Arg) {
            for (String text : expandedTexts(i)) {
                var scope = model.scopeBefore(i);
                for (String name : model.expand(i, text).referenced()) {
                    Binding b = scope == null ? null : scope.get(name);
                    if (b != null && b.definedAt() == edited) {
                        return edited.keyword().name() + " " + name + " changed (line " + edited.span().startLine()
                                + ")";
                    }
                }
            }
        }
        return null;
    }

    /** Whether a USER/SHELL instruction is the one in force at {@code at} (its stage's or a base stage's). */
    private boolean inForce(Instruction edited, Instruction at, Stage stage) {
        Class<?> kind = edited.getClass();
        Instruction limit = at;
        for (Stage s = stage; s != null; s = s.baseStage()) {
            List<Instruction> body = s.instructions();
            int end = limit == null ? body.size() : body.indexOf(limit);
            for (int k = end - 1; k >= 0; k--) {
                if (kind.isInstance(body.get(k))) {
                    return body.get(k) == edited;
                }
            }
            limit = null;
        }
        return false;
    }

    /**
     * The texts of a COPY/ADD/WORKDIR that BuildKit expands into its key: its expanded words
     * (model/ExpandedWords: sources, destination, --chown, --chmod) and the here-document bodies it expands.
     */
    private static List<String> expandedTexts(Instruction i) {
        List<String> out = new ArrayList<>();
        if (i instanceof Copy || i instanceof Add || i instanceof Workdir) {
            for (Word w : ExpandedWords.of(i)) {
                out.add(w.text());
            }
            for (Heredoc h : ExpandedWords.heredocBodies(i)) {
                out.add(h.body());
            }
        }
        return out;
    }

    /** The first build-arg-fed input of a step (its environment, or its expanded words), or null. */
    private String argChanged(Step step, Change.BuildArgChanged change) {
        Instruction i = step.instruction();
        String arg = change.name();
        if (i instanceof Run) {
            for (Binding b : step.environment()) {
                if (b.fedByArgs().contains(arg) && (builder == Builder.BUILDKIT || b.kind() == Binding.Kind.ARG)) {
                    return "build arg " + arg + " " + change.how() + ", in its environment since line "
                            + b.definedAt().span().startLine();
                }
            }
            return null;
        }
        if (builder == Builder.CLASSIC && (i instanceof Env || i instanceof Label)) {
            for (KeyValue kv : i instanceof Env env ? env.pairs() : ((Label) i).pairs()) {
                if (kv.value() != null && referencesArg(i, kv.value().text(), arg)) {
                    return "build arg " + arg + " " + change.how() + " " + i.keyword().name() + " " + kv.key().text();
                }
            }
            return null;
        }
        for (String text : expandedTexts(i)) {
            if (referencesArg(i, text, arg)) {
                return "build arg " + arg + " " + change.how() + " " + (text.contains("\n") ? "the here-document" : text);
            }
        }
        return null;
    }

    private boolean referencesArg(Instruction at, String word, String arg) {
        var result = model.expand(at, word);
        var scope = model.scopeBefore(at);
        for (String name : result.referenced()) {
            Binding b = scope == null ? null : scope.get(name);
            if (b != null && b.fedByArgs().contains(arg)) {
                return true;
            }
        }
        return false;
    }
}
