package dev.layerlint.model;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.Expose;
import dev.layerlint.ast.Flag;
import dev.layerlint.ast.Heredoc;
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
import dev.layerlint.parser.InstructionSyntax;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of an instruction BuildKit expands with the stage's ARG/ENV. Which
 * ones is a column of the parser's instruction table
 * ({@link InstructionSyntax#expansion}, {@link InstructionSyntax#expandsFlag};
 * research buildkit.md A.11); this class picks those words out of the AST
 * node. Not here: FROM (expanded with the global ARGs only:
 * {@link SemanticModel#expand} knows), heredoc bodies (whole texts, not
 * words: {@link #heredocBodies} lists the COPY/ADD bodies BuildKit expands),
 * RUN/CMD/ENTRYPOINT/SHELL/HEALTHCHECK text (the shell's business),
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
        String keyword = i.keyword().name();
        InstructionSyntax.Expansion expansion = InstructionSyntax.expansion(keyword);
        if (expansion == InstructionSyntax.Expansion.GLOBAL_ARGS) {
            return out; // FROM and its --platform: the global scope's (SemanticModel.expand)
        }
        for (Flag f : i.flags()) {
            if (f.hasValue() && InstructionSyntax.expandsFlag(keyword, f.name())) {
                out.add(new Word(f.value(), f.span()));
            }
        }
        switch (expansion) {
            case ARGUMENTS -> arguments(i, out);
            case KEYS_AND_VALUES -> {
                for (KeyValue kv : i instanceof Env e ? e.pairs() : i instanceof Label l ? l.pairs()
                        : List.<KeyValue>of()) {
                    add(out, kv.key());
                    add(out, kv.value());
                }
            }
            case DEFAULTS -> {
                if (i instanceof Arg a) {
                    for (ArgDeclaration d : a.declarations()) {
                        add(out, d.defaultValue());
                    }
                }
            }
            case MOUNT_OPTIONS -> {
                if (i instanceof Run r) {
                    for (Mount m : r.mounts()) {
                        for (Mount.Option o : m.options()) {
                            if (o.value() != null && !o.key().equals("from")) {
                                out.add(new Word(o.value(), m.span()));
                            }
                        }
                    }
                }
            }
            case NONE, GLOBAL_ARGS, DOWNSTREAM -> {
                // the shell's, or the downstream build's
            }
        }
        return out;
    }

    /**
     * The here-documents of a COPY/ADD whose body BuildKit expands with the
     * stage's ARG/ENV before it writes the file: those whose name was not
     * quoted ({@code <<EOF}, not {@code <<'EOF'}). A RUN's bodies are not
     * here: the shell expands them when it runs.
     */
    public static List<Heredoc> heredocBodies(Instruction i) {
        List<Heredoc> docs = i instanceof Copy c ? c.heredocs() : i instanceof Add a ? a.heredocs() : List.of();
        List<Heredoc> out = new ArrayList<>();
        for (Heredoc h : docs) {
            if (h.expand()) {
                out.add(h);
            }
        }
        return out;
    }

    /** Every argument word of the instruction, as its AST node holds them. */
    private static void arguments(Instruction i, List<Word> out) {
        if (i instanceof Copy c) {
            out.addAll(c.sources());
            add(out, c.destination());
        } else if (i instanceof Add a) {
            out.addAll(a.sources());
            add(out, a.destination());
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
        }
    }

    private static void add(List<Word> out, Word w) {
        if (w != null) {
            out.add(w);
        }
    }
}
