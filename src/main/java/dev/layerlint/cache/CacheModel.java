package dev.layerlint.cache;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.ExecForm;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Run;
import dev.layerlint.ast.Shell;
import dev.layerlint.ast.Workdir;
import dev.layerlint.model.BuildContext;
import dev.layerlint.model.CopySource;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.model.Stage;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellScript;
import dev.layerlint.shell.ShellWord;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cache model of DESIGN.md section 3, the step classifier: for every instruction, whether it
 * is a cache step for the builder, what its key is made of and what a miss
 * costs. Which steps a change rebuilds is CachePredictor's; which context
 * files a COPY reads is ContextSelection's. BuildKit and the classic builder
 * differ (research: buildkit.md B.8, real-builders.md); both are modelled.
 */
public final class CacheModel {
    /**
     * PowerShell's downloaders (cmdlets and their aliases; {@code curl} and
     * {@code wget} are aliases of Invoke-WebRequest in Windows PowerShell),
     * and the .NET download method a script calls ({@code DownloadFile}).
     */
    public static final Set<String> WINDOWS_DOWNLOADERS = Set.of("invoke-webrequest", "iwr", "wget",
            "start-bitstransfer");

    private final SemanticModel model;
    private final Builder builder;
    private final Store store;
    private final BuildContext context;
    private final List<Step> steps;
    private final Map<Instruction, Step> byInstruction;
    private final ContextSelection selection;

    private CacheModel(SemanticModel model, Builder builder, Store store, BuildContext context, List<Step> steps) {
        this.model = model;
        this.builder = builder;
        this.store = store;
        this.context = context;
        this.steps = List.copyOf(steps);
        this.selection = new ContextSelection(model);
        this.byInstruction = new IdentityHashMap<>();
        for (Step s : steps) {
            byInstruction.put(s.instruction(), s);
        }
    }

    public static CacheModel build(SemanticModel model, Builder builder, BuildContext context) {
        return build(model, builder, Store.OVERLAY2, context);
    }

    /** The model for a BuildKit whose engine keeps its images in {@code store} (what COPY --link does). */
    public static CacheModel build(SemanticModel model, Builder builder, Store store, BuildContext context) {
        List<Step> steps = new ArrayList<>();
        // the shell in force at the end of each stage, so a stage built on another starts from its base's
        // state (no walk of the whole chain per stage: that is quadratic on long chains)
        Map<Stage, ShellScript.Dialect> shellAtEnd = new IdentityHashMap<>();
        for (Stage stage : model.stages()) {
            steps.add(new Step(stage.from(), stage, true, Cost.FREE, "base image", ShellScript.empty(), null));
            ShellScript.Dialect inherited = stage.baseStage() == null ? null : shellAtEnd.get(stage.baseStage());
            ShellScript.Dialect shell = inherited != null ? inherited
                    : stage.isWindows() ? ShellScript.Dialect.CMD : ShellScript.Dialect.POSIX;
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof Shell sh && sh.command() instanceof ExecForm exec
                        && !exec.arguments().isEmpty()) {
                    shell = ShellScript.Dialect.ofShell(exec.arguments().get(0).text());
                }
                steps.add(step(model, builder, stage, instruction, shell));
            }
            shellAtEnd.put(stage, shell);
        }
        return new CacheModel(model, builder, store, context, steps);
    }

    private static Step step(SemanticModel model, Builder builder, Stage stage, Instruction i,
                             ShellScript.Dialect shell) {
        boolean isStep = builder == Builder.CLASSIC || i instanceof Run || i instanceof Copy || i instanceof Add
                || i instanceof Workdir;
        if (i instanceof Run run) {
            ShellScript script = model.script(run, shell);
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
        if (!script.isPosix()) {
            String why = windowsWork(script);
            if (why != null) {
                return why;
            }
        }
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

    /**
     * The expensive work of a cmd or PowerShell script that POSIX scripts do
     * not have: a download by a PowerShell cmdlet or the .NET WebClient, or
     * an install by a Windows package manager or installer
     * ({@link Ecosystem#windowsInstalling}).
     */
    private static String windowsWork(ShellScript script) {
        for (ShellCommand c : script.commands()) {
            if (WINDOWS_DOWNLOADERS.contains(c.program()) && c.args().stream()
                    .anyMatch(w -> isRemote(w.value()) || w.dynamic())) {
                return c.effectiveWords().get(0).value() + " download";
            }
            for (ShellWord w : c.words()) {
                if (w.value().toLowerCase(Locale.ROOT).contains(".downloadfile(")) {
                    return "WebClient.DownloadFile download";
                }
            }
            String install = Ecosystem.windowsInstalling(c);
            if (install != null) {
                return install;
            }
        }
        return null;
    }

    static boolean isRemote(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("http://") || w.startsWith("https://") || w.startsWith("ftp://")
                || w.startsWith("git@") || w.startsWith("git://");
    }

    public SemanticModel model() {
        return model;
    }

    public Builder builder() {
        return builder;
    }

    /** The engine's image store (what COPY --link does with BuildKit). */
    public Store store() {
        return store;
    }

    /** Whether this COPY is linked and rebased in this store, so it does not depend on what is below it. */
    public boolean rebased(Instruction i) {
        return builder == Builder.BUILDKIT && store.rebasesLinkedCopies() && isLinked(i);
    }

    /** Whether a COPY/ADD has {@code --link} (or {@code --link=true}). */
    public static boolean isLinked(Instruction i) {
        return (i instanceof Copy || i instanceof Add) && i.flag("link") != null && i.flag("link").isTrue();
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

    /** Which context files each COPY/ADD reads. */
    public ContextSelection selection() {
        return selection;
    }

    /** The context paths a COPY/ADD names (expanded, cleaned; "." is the whole context); remote ones excluded. */
    public List<String> sources(Instruction copy) {
        return selection.sources(copy);
    }

    /** The local sources of a COPY/ADD, expanded, as BuildKit's COPY source matcher reads them. */
    public List<CopySource> copySources(Instruction copy) {
        return selection.copySources(copy);
    }
}
