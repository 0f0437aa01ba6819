package dev.layerlint.model;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.Expose;
import dev.layerlint.ast.Flag;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.ast.Label;
import dev.layerlint.ast.Mount;
import dev.layerlint.ast.Run;
import dev.layerlint.ast.Stopsignal;
import dev.layerlint.ast.User;
import dev.layerlint.ast.Volume;
import dev.layerlint.ast.Word;
import dev.layerlint.ast.Workdir;
import java.util.ArrayList;
import java.util.List;

/**
 * Which words of an instruction BuildKit expands with the stage's ARG/ENV
 * (research buildkit.md A.11; BuildKit's {@code Expand} methods in
 * {@code instructions/commands.go}): COPY and ADD sources, destination,
 * {@code --chown}, {@code --chmod} and ADD's {@code --checksum} (not
 * {@code --from}, not {@code --exclude}); ENV and LABEL keys and values; ARG
 * default values (not names); WORKDIR, USER, STOPSIGNAL; VOLUME and EXPOSE
 * (either form); RUN {@code --mount} option values except {@code from}.
 * Not here: FROM (expanded with the global ARGs only:
 * {@link SemanticModel#expand} knows), heredoc bodies (whole texts, not
 * words), RUN/CMD/ENTRYPOINT/SHELL/HEALTHCHECK text (the shell's business),
 * and ONBUILD triggers (expanded in the downstream build: unwrap them).
 */
public final class ExpandedWords {
    private ExpandedWords() {
    }

    /**
     * The expanded words in source order. A flag value or a mount option is
     * given as a word spanning its flag ({@code --chown=...}, {@code --mount=...}).
     */
    public static List<Word> of(Instruction i) {
        List<Word> out = new ArrayList<>();
        if (i instanceof Copy c) {
            flagValues(c.flags(), out, false);
            out.addAll(c.sources());
            add(out, c.destination());
        } else if (i instanceof Add a) {
            flagValues(a.flags(), out, true);
            out.addAll(a.sources());
            add(out, a.destination());
        } else if (i instanceof Env e) {
            for (KeyValue kv : e.pairs()) {
                add(out, kv.key());
                add(out, kv.value());
            }
        } else if (i instanceof Label l) {
            for (KeyValue kv : l.pairs()) {
                add(out, kv.key());
                add(out, kv.value());
            }
        } else if (i instanceof Arg a) {
            for (ArgDeclaration d : a.declarations()) {
                add(out, d.defaultValue());
            }
        } else if (i instanceof Workdir w) {
            add(out, w.argument());
        } else if (i instanceof User u) {
            add(out, u.argument());
        } else if (i instanceof Stopsignal s) {
            add(out, s.argument());
        } else if (i instanceof Volume v) {
            out.addAll(v.paths());
        } else if (i instanceof Expose e) {
            out.addAll(e.ports());
        } else if (i instanceof Run r) {
            for (Mount m : r.mounts()) {
                for (Mount.Option o : m.options()) {
                    if (o.value() != null && !o.key().equals("from")) {
                        out.add(new Word(o.value(), m.span()));
                    }
                }
            }
        }
        return out;
    }

    private static void add(List<Word> out, Word w) {
        if (w != null) {
            out.add(w);
        }
    }

    private static void flagValues(List<Flag> flags, List<Word> out, boolean add) {
        for (Flag f : flags) {
            if (f.hasValue() && (f.name().equals("chown") || f.name().equals("chmod")
                    || add && f.name().equals("checksum"))) {
                out.add(new Word(f.value(), f.span()));
            }
        }
    }
}
