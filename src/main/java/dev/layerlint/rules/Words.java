package dev.layerlint.rules;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.Flag;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.ast.Label;
import dev.layerlint.ast.Stopsignal;
import dev.layerlint.ast.User;
import dev.layerlint.ast.Volume;
import dev.layerlint.ast.Word;
import dev.layerlint.ast.Workdir;
import java.util.ArrayList;
import java.util.List;

/** The words of an instruction that the builder expands (not RUN/CMD/ENTRYPOINT text: the shell does that). */
public final class Words {
    private Words() {
    }

    /** A word and its source position; flags are given as words of their value. */
    public static List<Word> expanded(Instruction i) {
        List<Word> out = new ArrayList<>();
        if (i instanceof Env e) {
            e.pairs().stream().map(KeyValue::value).filter(w -> w != null).forEach(out::add);
        } else if (i instanceof Label l) {
            for (KeyValue kv : l.pairs()) {
                out.add(kv.key());
                if (kv.value() != null) {
                    out.add(kv.value());
                }
            }
        } else if (i instanceof Arg a) {
            a.declarations().stream().map(ArgDeclaration::defaultValue).filter(w -> w != null).forEach(out::add);
        } else if (i instanceof Copy c) {
            flagWords(c.flags(), out);
            out.addAll(c.sources());
            if (c.destination() != null) {
                out.add(c.destination());
            }
        } else if (i instanceof Add a) {
            flagWords(a.flags(), out);
            out.addAll(a.sources());
            if (a.destination() != null) {
                out.add(a.destination());
            }
        } else if (i instanceof Workdir w && w.argument() != null) {
            out.add(w.argument());
        } else if (i instanceof User u && u.argument() != null) {
            out.add(u.argument());
        } else if (i instanceof Volume v) {
            out.addAll(v.paths());
        } else if (i instanceof Stopsignal s && s.argument() != null) {
            out.add(s.argument());
        }
        return out;
    }

    private static void flagWords(List<Flag> flags, List<Word> out) {
        for (Flag f : flags) {
            if (f.hasValue() && (f.name().equals("chown") || f.name().equals("chmod") || f.name().equals("from"))) {
                out.add(new Word(f.value(), f.span()));
            }
        }
    }
}
