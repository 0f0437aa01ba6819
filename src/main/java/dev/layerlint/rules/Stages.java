package dev.layerlint.rules;

import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Onbuild;
import dev.layerlint.model.Stage;
import java.util.ArrayList;
import java.util.List;

/** Small questions about stages that several rules ask. */
public final class Stages {
    private Stages() {
    }

    private static final Object FACTS = new Object();

    /**
     * What a stage inherits from the stages it is built on, computed once per
     * file in stage order (a walk of the whole chain for every stage would be
     * quadratic on a long chain of FROM stage): its root stage, whether a
     * WORKDIR was set before it, and the SHELL in force when it starts.
     */
    public record Inherited(dev.layerlint.model.Stage root, boolean workdir, dev.layerlint.ast.Shell shell) {
    }

    public static Inherited inherited(dev.layerlint.rule.RuleContext ctx, dev.layerlint.model.Stage stage) {
        java.util.Map<dev.layerlint.model.Stage, Inherited> facts = ctx.memo(FACTS, () -> {
            java.util.Map<dev.layerlint.model.Stage, Inherited> m = new java.util.IdentityHashMap<>();
            java.util.Map<dev.layerlint.model.Stage, Inherited> atEnd = new java.util.IdentityHashMap<>();
            for (dev.layerlint.model.Stage s : ctx.model().stages()) {
                Inherited base = s.baseStage() == null ? null : atEnd.get(s.baseStage());
                Inherited start = base != null ? base : new Inherited(s, false, null);
                m.put(s, start);
                boolean workdir = start.workdir();
                dev.layerlint.ast.Shell shell = start.shell();
                for (Instruction i : s.instructions()) {
                    workdir |= i instanceof dev.layerlint.ast.Workdir;
                    if (i instanceof dev.layerlint.ast.Shell sh) {
                        shell = sh;
                    }
                }
                atEnd.put(s, new Inherited(start.root(), workdir, shell));
            }
            return m;
        });
        return facts.get(stage);
    }

    private static final Object SHELLS = new Object();

    /** The SHELL instruction in force just before an instruction (inherited through FROM stage), or null. */
    public static dev.layerlint.ast.Shell shellBefore(dev.layerlint.rule.RuleContext ctx, Instruction at) {
        java.util.Map<Instruction, dev.layerlint.ast.Shell> before = ctx.memo(SHELLS, () -> {
            java.util.Map<Instruction, dev.layerlint.ast.Shell> m = new java.util.IdentityHashMap<>();
            for (dev.layerlint.model.Stage s : ctx.model().stages()) {
                dev.layerlint.ast.Shell shell = inherited(ctx, s).shell();
                for (Instruction i : s.instructions()) {
                    if (shell != null) {
                        m.put(i, shell);
                    }
                    if (i instanceof dev.layerlint.ast.Shell sh) {
                        shell = sh;
                    }
                }
            }
            return m;
        });
        return before.get(at);
    }

    /** The stage and the stages it is built on, nearest first. */
    public static List<Stage> chain(Stage stage) {
        List<Stage> out = new ArrayList<>();
        // a base stage always comes earlier in the file, so the indices fall: no cycle to guard against with
        // a contains() per step (quadratic on a long chain)
        for (Stage s = stage; s != null && (out.isEmpty() || s.index() < out.get(out.size() - 1).index());
                s = s.baseStage()) {
            out.add(s);
        }
        return out;
    }

    /** Whether the stage is built (through its base stages) on {@code scratch}, whose working directory is / for good. */
    public static boolean onScratch(dev.layerlint.rule.RuleContext ctx, dev.layerlint.model.Stage stage) {
        dev.layerlint.model.Stage root = inherited(ctx, stage).root();
        return root.baseStage() == null && root.baseImage() != null && root.baseImage().equalsIgnoreCase("scratch");
    }

    /** The instructions of a stage of one type (ONBUILD triggers not included). */
    public static <T extends Instruction> List<T> of(Stage stage, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Instruction i : stage.instructions()) {
            if (type.isInstance(i)) {
                out.add(type.cast(i));
            }
        }
        return out;
    }

    /** The instructions of a stage of one type, and ONBUILD triggers of that type (as their ONBUILD). */
    public static List<Instruction> withTriggers(Stage stage, Class<? extends Instruction> type) {
        List<Instruction> out = new ArrayList<>();
        for (Instruction i : stage.instructions()) {
            if (type.isInstance(i) || i instanceof Onbuild ob && type.isInstance(ob.trigger())) {
                out.add(i);
            }
        }
        return out;
    }

    /** Whether the stage is built on a Windows image (servercore, nanoserver, windows), where the shell is cmd. */
    public static boolean isWindows(dev.layerlint.model.Stage stage) {
        return stage.isWindows();
    }

    /** The instruction itself, or an ONBUILD's trigger. */
    public static Instruction unwrap(Instruction i) {
        return i instanceof Onbuild ob && ob.trigger() != null ? ob.trigger() : i;
    }
}
