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

    /** The stage and the stages it is built on, nearest first. */
    public static List<Stage> chain(Stage stage) {
        List<Stage> out = new ArrayList<>();
        for (Stage s = stage; s != null && !out.contains(s); s = s.baseStage()) {
            out.add(s);
        }
        return out;
    }

    /** Whether the stage is built (through its base stages) on {@code scratch}, whose working directory is / for good. */
    public static boolean onScratch(dev.layerlint.model.Stage stage) {
        List<dev.layerlint.model.Stage> c = chain(stage);
        dev.layerlint.model.Stage root = c.get(c.size() - 1);
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
