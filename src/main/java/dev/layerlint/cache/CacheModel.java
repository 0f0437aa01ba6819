package dev.layerlint.cache;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.ExecForm;
import dev.layerlint.ast.Heredoc;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.ast.Label;
import dev.layerlint.ast.Mount;
import dev.layerlint.ast.Run;
import dev.layerlint.ast.Shell;
import dev.layerlint.ast.Word;
import dev.layerlint.ast.Workdir;
import dev.layerlint.cache.StepStatus.Status;
import dev.layerlint.model.Binding;
import dev.layerlint.model.BuildContext;
import dev.layerlint.model.CopySource;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.model.Stage;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellScript;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cache model of DESIGN.md section 3: for every instruction, whether it
 * is a cache step for the builder, what its key is made of and what a miss
 * costs; and, for a given change, which steps rebuild and why. BuildKit and
 * the classic builder differ (research: buildkit.md B.8, real-builders.md);
 * both are modelled.
 */
public final class CacheModel {
    private static final Set<String> SHELLS_NOT_POSIX = Set.of("pwsh", "powershell", "pwsh.exe", "powershell.exe",
            "cmd", "cmd.exe");

    private final SemanticModel model;
    private final Builder builder;
    private final BuildContext context;
    private final List<Step> steps;
    private final Map<Instruction, Step> byInstruction;
    private final Map<Instruction, List<CopySource>> copySources = new IdentityHashMap<>();

    private CacheModel(SemanticModel model, Builder builder, BuildContext context, List<Step> steps) {
        this.model = model;
        this.builder = builder;
        this.context = context;
        this.steps = List.copyOf(steps);
        this.byInstruction = new IdentityHashMap<>();
        for (Step s : steps) {
            byInstruction.put(s.instruction(), s);
        }
    }

    public static CacheModel build(SemanticModel model, Builder builder, BuildContext context) {
        List<Step> steps = new ArrayList<>();
        // whether the shell in force at the end of each stage is POSIX, so a stage built on another starts
        // from its base's state (no walk of the whole chain per stage: that is quadratic on long chains)
        Map<Stage, Boolean> posixAtEnd = new IdentityHashMap<>();
        for (Stage stage : model.stages()) {
            steps.add(new Step(stage.from(), stage, true, Cost.FREE, "base image", ShellScript.empty(), null));
            Boolean inherited = stage.baseStage() == null ? null : posixAtEnd.get(stage.baseStage());
            boolean stagePosix = inherited != null ? inherited : !stage.isWindows();
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof Shell sh && sh.command() instanceof ExecForm exec
                        && !exec.arguments().isEmpty()) {
                    stagePosix = !SHELLS_NOT_POSIX.contains(basename(exec.arguments().get(0).text()));
                }
                steps.add(step(model, builder, stage, instruction, stagePosix));
            }
            posixAtEnd.put(stage, stagePosix);
        }
        return new CacheModel(model, builder, context, steps);
    }

    private static Step step(SemanticModel model, Builder builder, Stage stage, Instruction i, boolean posix) {
        boolean isStep = builder == Builder.CLASSIC || i instanceof Run || i instanceof Copy || i instanceof Add
                || i instanceof Workdir;
        if (i instanceof Run run) {
            ShellScript script = posix ? model.script(run) : ShellScript.empty();
            String why = expensiveWork(script);
            return new Step(i, stage, true, why != null ? Cost.EXPENSIVE : Cost.CHEAP, why, script,
                    model.scopeBefore(run));
        }
        if (i instanceof Add add && add.sources().stream().anyMatch(w -> isRemote(w.text()))) {
            return new Step(i, stage, true, Cost.EXPENSIVE, "download", ShellScript.empty(), null);
        }
        Cost cost = isStep && (i instanceof Copy || i instanceof Add || i instanceof Workdir) ? Cost.CHEAP
                : isStep && builder == Builder.CLASSIC ? Cost.CHEAP : Cost.FREE;
        return new Step(i, stage, isStep, cost, null, ShellScript.empty(), null);
    }

    /** Why a script is expensive to re-run ("pip install"), or null. */
    static String expensiveWork(ShellScript script) {
        for (ShellCommand c : script.commands()) {
            Ecosystem e = Ecosystem.installing(c);
            if (e != null) {
                return c.program() + " " + c.subcommand("-o", "-f", "--file");
            }
            String p = c.program();
            Ecosystem index = Ecosystem.updatingIndex(c);
            if (index != null) {
                return p + " " + Ecosystem.subcommand(c, index);
            }
            if ((p.equals("curl") || p.equals("wget"))
                    && c.positionals("-o", "--output", "-O", "--output-document", "-H", "--header", "-u", "--user",
                    "-d", "--data", "-X", "--request", "-A", "--user-agent", "-e", "-T", "--retry", "-w")
                    .stream().anyMatch(w -> isRemote(w.value()) || w.dynamic())) {
                return p + " download";
            }
            if (p.equals("git") && (c.subcommand().equals("clone") || c.subcommand().equals("fetch"))) {
                return "git " + c.subcommand();
            }
            if (Set.of("make", "cmake", "ninja", "gcc", "g++", "cc", "clang", "rustc", "javac", "tsc", "webpack",
                    "vite", "bazel", "meson", "scons", "msbuild").contains(p)) {
                return p;
            }
            if ((p.equals("npm") || p.equals("yarn") || p.equals("pnpm") || p.equals("bun"))
                    && (c.subcommand().equals("run") || c.subcommand().equals("build"))) {
                return p + " " + c.subcommand() + (c.positionals().size() > 1 ? " " + c.positionals().get(1).value()
                        : "");
            }
        }
        return null;
    }

    static boolean isRemote(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("http://") || w.startsWith("https://") || w.startsWith("ftp://")
                || w.startsWith("git@") || w.startsWith("git://");
    }

    static String basename(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return (slash >= 0 ? path.substring(slash + 1) : path).toLowerCase(Locale.ROOT);
    }

    public SemanticModel model() {
        return model;
    }

    public Builder builder() {
        return builder;
    }

    /** The build context, or null when unknown (standard input). */
    public BuildContext context() {
        return context;
    }

    public List<Step> steps() {
        return steps;
    }

    public Step step(Instruction instruction) {
        return byInstruction.get(instruction);
    }

    // ---- predictions

    /** Options of a prediction that the Dockerfile alone cannot decide. */
    public record Assumptions(boolean upstreamOutputChanges) {
        public static Assumptions defaults() {
            return new Assumptions(true);
        }
    }

    /** Every instruction's status in a build after {@code change}, in file order. */
    public List<StepStatus> predict(Change change, Assumptions assumptions) {
        return predict(List.of(change), assumptions);
    }

    /** Every instruction's status in a build after all of {@code changes}, in file order. */
    public List<StepStatus> predict(List<Change> changes, Assumptions assumptions) {
        List<StepStatus> out = new ArrayList<>();
        boolean[] stageChanged = new boolean[model.stages().size()];
        List<Change> effective = new ArrayList<>();
        for (Change change : changes) {
            if (!(change instanceof Change.FileChanged f && context != null && context.isIgnored(f.path()))) {
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
            out.add(new StepStatus(stage.from(), chain != null ? Status.REBUILT : Status.NOT_A_STEP,
                    chain != null ? chain : "base"));
            for (Instruction i : stage.instructions()) {
                Step step = byInstruction.get(i);
                if (builder == Builder.CLASSIC && i instanceof Run run && !run.mounts().isEmpty()) {
                    out.add(new StepStatus(i, Status.UNSUPPORTED, "RUN --mount requires BuildKit"));
                    continue;
                }
                String own = null;
                for (Change change : effective) {
                    own = own != null ? own : ownInputChanged(step, change, stageChanged, assumptions);
                }
                if (!step.isStep()) {
                    out.add(new StepStatus(i, Status.NOT_A_STEP, "metadata"));
                    continue;
                }
                boolean linked = i instanceof Copy c && c.flag("link") != null && c.flag("link").isTrue()
                        && builder == Builder.BUILDKIT;
                if (own != null || (chain != null && !linked)) {
                    out.add(new StepStatus(i, Status.REBUILT, own != null ? own : chain));
                    if (chain == null) {
                        chain = "after line " + i.span().startLine() + " (" + i.keyword().name() + ") rebuilt";
                    }
                } else {
                    out.add(new StepStatus(i, Status.CACHED, null));
                }
            }
            stageChanged[stage.index()] = chain != null;
        }
        return out;
    }

    /** Why the stage's starting point changed, or null. */
    private String fromChanged(Stage stage, Change change, boolean[] stageChanged) {
        if (stage.baseStage() != null) {
            return stageChanged[stage.baseStage().index()] ? "base stage " + stage.baseStage().label() + " rebuilt"
                    : null;
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
    private String ownInputChanged(Step step, Change change, boolean[] stageChanged, Assumptions assumptions) {
        String own = directInputChanged(step, change);
        if (own != null || !assumptions.upstreamOutputChanges()) {
            return own;
        }
        for (String ref : SemanticModel.stageReferences(step.instruction())) {
            Stage from = model.resolveFrom(step.stage(), ref);
            if (from != null && stageChanged[from.index()]) {
                return "stage " + from.label() + " rebuilt with new output";
            }
        }
        return null;
    }

    /** Why the step's own text, environment or selected files changed, or null. */
    private String directInputChanged(Step step, Change change) {
        Instruction i = step.instruction();
        if (change instanceof Change.InstructionEdited e) {
            if (e.instruction() == i) {
                return "line " + i.span().startLine() + " edited";
            }
            if (builder == Builder.BUILDKIT && i instanceof Run && e.instruction() instanceof Env env
                    && model.stageOf(env) != null) {
                for (Binding b : step.environment()) {
                    if (b.definedAt() == env) {
                        return "ENV " + b.name() + " changed (line " + env.span().startLine() + ")";
                    }
                }
            }
            return null;
        }
        if (change instanceof Change.BuildArgChanged a) {
            return argChanged(step, a.name());
        }
        if (change instanceof Change.FileChanged f) {
            if (i instanceof Copy || i instanceof Add) {
                if (SemanticModel.copiesFromContext(i) && selects(i, f.path())) {
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

    /** The first build-arg-fed input of a step (its environment, or its expanded words), or null. */
    private String argChanged(Step step, String arg) {
        Instruction i = step.instruction();
        if (i instanceof Run) {
            for (Binding b : step.environment()) {
                if (b.fedByArgs().contains(arg) && (builder == Builder.BUILDKIT || b.kind() == Binding.Kind.ARG)) {
                    return "build arg " + arg + " changed, in its environment since line "
                            + b.definedAt().span().startLine();
                }
            }
            return null;
        }
        if (builder == Builder.CLASSIC && (i instanceof Env || i instanceof Label)) {
            for (KeyValue kv : i instanceof Env env ? env.pairs() : ((Label) i).pairs()) {
                if (kv.value() != null && referencesArg(i, kv.value().text(), arg)) {
                    return "build arg " + arg + " changed " + i.keyword().name() + " " + kv.key().text();
                }
            }
            return null;
        }
        List<Word> words = new ArrayList<>();
        if (i instanceof Copy c) {
            words.addAll(c.sources());
            if (c.destination() != null) {
                words.add(c.destination());
            }
        } else if (i instanceof Add a) {
            words.addAll(a.sources());
            if (a.destination() != null) {
                words.add(a.destination());
            }
        } else if (i instanceof Workdir w && w.argument() != null) {
            words.add(w.argument());
        }
        for (Word w : words) {
            if (referencesArg(i, w.text(), arg)) {
                return "build arg " + arg + " changed " + w.text();
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

    // ---- which files a COPY selects

    /** Whether a COPY/ADD from the context reads this context path. */
    public boolean selects(Instruction copy, String path) {
        for (CopySource source : copySources(copy)) {
            if (source.selects(path)) {
                return true;
            }
        }
        return false;
    }

    /** The context paths a COPY/ADD names (expanded, cleaned; "." is the whole context); remote ones excluded. */
    public List<String> sources(Instruction copy) {
        List<String> out = new ArrayList<>();
        for (CopySource source : copySources(copy)) {
            out.add(source.path());
        }
        return out;
    }

    /** The local sources of a COPY/ADD, expanded, as BuildKit's COPY source matcher reads them. */
    public synchronized List<CopySource> copySources(Instruction copy) {
        List<CopySource> known = copySources.get(copy);
        if (known != null) {
            return known;
        }
        List<Word> words = copy instanceof Copy c ? c.sources() : copy instanceof Add a ? a.sources() : List.of();
        List<Heredoc> heredocs = copy instanceof Copy c ? c.heredocs() : copy instanceof Add a ? a.heredocs()
                : List.of();
        boolean windowsPaths = CopySource.windowsPaths(model, copy);
        boolean parents = copy instanceof Copy c && c.flag("parents") != null && c.flag("parents").isTrue();
        List<CopySource> out = new ArrayList<>();
        for (Word w : words) {
            if (isRemote(w.text()) || (w.text().startsWith("<<") && !heredocs.isEmpty())) {
                continue;
            }
            String expanded = copy instanceof Copy c && c.execForm() || copy instanceof Add a && a.execForm()
                    ? w.text() : model.expand(copy, w.text()).value();
            out.add(CopySource.of(expanded == null ? w.text() : expanded, windowsPaths, parents));
        }
        known = List.copyOf(out);
        copySources.put(copy, known);
        return known;
    }
}
