package dev.layerlint.explain;

import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.From;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.ast.Label;
import dev.layerlint.ast.Word;
import dev.layerlint.ast.Workdir;
import dev.layerlint.ast.Add;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Flag;
import dev.layerlint.ast.Heredoc;
import dev.layerlint.ast.Run;
import dev.layerlint.cache.Builder;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.Store;
import dev.layerlint.model.ContainerPaths;
import dev.layerlint.model.ExpandedWords;
import dev.layerlint.model.Binding;
import dev.layerlint.model.Scope;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.model.Stage;
import dev.layerlint.parser.BuildKitDump;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The instructions of a new Dockerfile whose cache-relevant content differs
 * from the old one: compared by value as the builders do (ENV and LABEL by
 * expanded key and value, WORKDIR by the directory it resolves to, FROM by
 * the image it names once expanded, ARG by the value it takes in that build
 * for BuildKit, where an ARG is no step and only its value reaches the RUNs,
 * and by its text for the classic builder, which keys the ARG step on it;
 * others by their parsed arguments), each side expanded with its own build
 * arguments, aligned with a longest common subsequence; an instruction right
 * after a deleted one counts as changed (its parent step changed). An
 * instruction whose whole chain the earlier file had, in any stage, is not
 * changed: the builders find the same key (observed on dockerd 20.10 with
 * both builders: a stage added with the same base and RUN as another has
 * that RUN cached).
 */
public final class DockerfileDiff {
    private DockerfileDiff() {
    }

    public static List<Instruction> changed(SemanticModel before, SemanticModel after) {
        return changed(before, after, Builder.BUILDKIT);
    }

    /** The changed instructions of {@code after}; each model was built with its own build's arguments. */
    public static List<Instruction> changed(SemanticModel before, SemanticModel after, Builder builder) {
        return changed(before, after, builder, Store.OVERLAY2);
    }

    /**
     * The same, for an engine whose image store is {@code store}: on the overlay2 store {@code COPY --link} is
     * a plain COPY, and adding or removing {@code --link} changes nothing (observed on Docker 28.5).
     */
    public static List<Instruction> changed(SemanticModel before, SemanticModel after, Builder builder,
                                            Store store) {
        List<String> a = keys(before, builder, store);
        List<String> b = keys(after, builder, store);
        List<Instruction> bi = instructions(after);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Instruction> changed = new ArrayList<>();
        int i = 0;
        int j = 0;
        boolean deletedBefore = false;
        while (j < b.size()) {
            if (i < a.size() && a.get(i).equals(b.get(j))) {
                if (deletedBefore) {
                    changed.add(bi.get(j));
                }
                deletedBefore = false;
                i++;
                j++;
            } else if (i < a.size() && lcs[i + 1][j + 1] == lcs[i][j]) {
                // as good as a deletion and an insertion: the instruction in this place was edited (two equal
                // SHELLs after an edit of the first: the second is the one that stayed)
                changed.add(bi.get(j));
                deletedBefore = false;
                i++;
                j++;
            } else if (i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1]) {
                deletedBefore = true;
                i++;
            } else {
                changed.add(bi.get(j));
                deletedBefore = false;
                j++;
            }
        }
        // a step whose whole chain (base and every instruction of its stage up to it) is one the earlier build
        // had, in any stage, has the same key: the builder finds it (BuildKit merges the same RUN of two stages)
        Set<String> earlier = new HashSet<>(chains(before, a));
        List<String> mine = chains(after, b);
        Map<Instruction, Boolean> known = new IdentityHashMap<>();
        for (int k = 0; k < bi.size(); k++) {
            known.put(bi.get(k), earlier.contains(mine.get(k)));
        }
        // ... but the first step after such a one whose chain is new has a new key even when its own text did not
        // change: it takes the place of the dropped change (a stage whose base moved to another stage's image
        // reruns from its first step that other stage did not have)
        Set<Instruction> marked = Collections.newSetFromMap(new IdentityHashMap<>());
        marked.addAll(changed);
        List<Instruction> out = new ArrayList<>();
        int k = 0;
        for (Stage s : after.stages()) {
            boolean droppedBefore = false;
            boolean carried = false;
            for (int n = 0; n <= s.instructions().size(); n++) {
                Instruction ins = bi.get(k++);
                if (carried) {
                    if (marked.contains(ins) && !known.get(ins)) {
                        out.add(ins);
                    }
                } else if (marked.contains(ins) && known.get(ins)) {
                    droppedBefore = true;
                } else if (marked.contains(ins) || droppedBefore && !known.get(ins)) {
                    // right after a changed FROM the base is the change to name (the FROM is not a step)
                    out.add(n == 1 && !marked.contains(ins) ? s.from() : ins);
                    carried = true;
                }
            }
        }
        return out;
    }

    /**
     * Per key of {@link #keys}, a digest of its chain: the stage's base (an image, or the chain of its base
     * stage) and every key of the stage up to it, the stage's index left out, so that the same steps in
     * another stage, or in a stage that moved, have the same chain.
     */
    private static List<String> chains(SemanticModel model, List<String> keys) {
        List<String> out = new ArrayList<>();
        Map<Stage, String> ends = new IdentityHashMap<>();
        int k = 0;
        for (Stage s : model.stages()) {
            String chain = s.baseStage() != null ? "stage " + ends.get(s.baseStage()) : "image";
            for (int n = 0; n <= s.instructions().size(); n++) {
                String key = keys.get(k++);
                chain = digest(chain + "\n" + key.substring(key.indexOf(' ') + 1));
                out.add(chain);
            }
            ends.put(s, chain);
        }
        return out;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Instruction> instructions(SemanticModel model) {
        List<Instruction> out = new ArrayList<>();
        for (Stage s : model.stages()) {
            out.add(s.from());
            out.addAll(s.instructions());
        }
        return out;
    }

    /** One comparable key per instruction, in file order. */
    private static List<String> keys(SemanticModel model, Builder builder, Store store) {
        List<String> out = new ArrayList<>();
        Map<Instruction, String> workdirs = new IdentityHashMap<>();
        for (Stage s : model.stages()) {
            String cwd = s.baseStage() != null && workdirs.containsKey(s.baseStage().from())
                    ? workdirs.get(s.baseStage().from()) : "/";
            out.add(s.index() + " FROM " + (s.baseStage() != null ? "stage " + s.baseStage().index()
                    : s.baseImage()) + platform(model, s.from()));
            for (Instruction i : s.instructions()) {
                if (i instanceof Workdir w && w.argument() != null) {
                    String path = model.expand(w, w.argument().text()).value();
                    cwd = path == null ? cwd : ContainerPaths.join(cwd, path);
                    out.add(s.index() + " WORKDIR " + cwd);
                } else if (i instanceof Arg arg && builder == Builder.BUILDKIT) {
                    StringBuilder k = new StringBuilder(s.index() + " ARG");
                    for (ArgDeclaration d : arg.declarations()) {
                        k.append(' ').append(d.name().text()).append('=').append(value(model, arg, d));
                    }
                    out.add(k.toString());
                } else if (i instanceof Env || i instanceof Label) {
                    StringBuilder k = new StringBuilder(s.index() + " " + i.keyword().name());
                    for (KeyValue kv : i instanceof Env e ? e.pairs() : ((Label) i).pairs()) {
                        k.append(' ').append(model.expand(i, kv.key().text()).value()).append('=')
                                .append(kv.value() == null ? "" : model.expand(i, kv.value().text()).value());
                    }
                    out.add(k.toString());
                } else {
                    out.add(s.index() + " " + render(i, builder == Builder.BUILDKIT
                            && !store.rebasesLinkedCopies()) + heredocs(model, i));
                }
            }
            workdirs.put(s.from(), cwd);
        }
        return out;
    }

    /** The value an ARG declaration takes in the build the model was made for ("(none)" without one). */
    private static String value(SemanticModel model, Arg arg, ArgDeclaration d) {
        String name = d.name().text();
        List<Instruction> body = model.stageOf(arg).instructions();
        int at = body.indexOf(arg);
        Scope after = at + 1 < body.size() ? model.scopeBefore(body.get(at + 1)) : null;
        Binding b = after != null ? after.get(name) : null;
        if (b == null || b.definedAt() != arg) {
            return "(last)"; // nothing in its stage comes after it: its value reaches no step
        }
        return b.hasValue() ? "\"" + b.value() + "\"" : "(none)";
    }

    private static String platform(SemanticModel model, From from) {
        StringBuilder out = new StringBuilder();
        for (var f : from.flags()) {
            out.append(' ').append(f.name()).append('=').append(f.value() == null ? ""
                    : model.expand(from, f.value()).value());
        }
        return out.toString();
    }

    /**
     * The parsed arguments; {@code dropLink}: a COPY/ADD's {@code --link} left out (on the overlay2 store it
     * is not in the key).
     */
    private static String render(Instruction i, boolean dropLink) {
        if (!dropLink || !CacheModel.isLinked(i)) {
            return i.accept(BuildKitDump.visitor());
        }
        // BuildKitDump's form without the flag, so that removing --link compares equal
        StringBuilder k = new StringBuilder(i.keyword().text().toLowerCase(Locale.ROOT));
        List<String> flags = new ArrayList<>();
        for (Flag f : i.flags()) {
            if (!f.name().equals("link")) {
                flags.add(BuildKitDump.goQuote(f.text()));
            }
        }
        if (!flags.isEmpty()) {
            k.append(" [").append(String.join(" ", flags)).append(']');
        }
        List<Word> words = new ArrayList<>(i instanceof Copy c ? c.sources() : ((Add) i).sources());
        Word destination = i instanceof Copy c ? c.destination() : ((Add) i).destination();
        if (destination != null) {
            words.add(destination);
        }
        for (Word w : words) {
            k.append(' ').append(BuildKitDump.goQuote(w.text()));
        }
        return k.toString();
    }

    /**
     * The here-documents of a RUN, COPY or ADD, which are part of its key: a RUN's body as written (the
     * shell expands it when it runs, from the environment, which is in the key on its own), a COPY/ADD
     * body as BuildKit writes the file (expanded with the build's ARG/ENV unless its name was quoted:
     * {@link ExpandedWords#heredocBodies}).
     */
    private static String heredocs(SemanticModel model, Instruction i) {
        List<Heredoc> docs = i instanceof Run r ? r.heredocs() : i instanceof Copy c ? c.heredocs()
                : i instanceof Add a ? a.heredocs() : List.of();
        if (docs.isEmpty()) {
            return "";
        }
        List<Heredoc> expanded = ExpandedWords.heredocBodies(i);
        StringBuilder out = new StringBuilder();
        for (Heredoc h : docs) {
            String body = h.body();
            if (expanded.contains(h)) {
                String value = model.expand(i, body).value();
                body = value == null ? body : value;
            }
            out.append(" <<").append(h.name()).append(h.expand() ? "" : " (quoted)").append(' ')
                    .append(BuildKitDump.goQuote(body));
        }
        return out.toString();
    }
}
