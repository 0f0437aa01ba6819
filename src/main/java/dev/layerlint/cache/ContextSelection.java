package dev.layerlint.cache;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Flag;
import dev.layerlint.ast.Heredoc;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Word;
import dev.layerlint.model.CopySource;
import dev.layerlint.model.SemanticModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Context selection: which context paths each COPY/ADD of a file reads, as
 * BuildKit's COPY source matcher reads them (model/CopySource), memoised per
 * instruction.
 */
public final class ContextSelection {
    private final SemanticModel model;
    private final Map<Instruction, List<CopySource>> copySources = new IdentityHashMap<>();

    ContextSelection(SemanticModel model) {
        this.model = model;
    }

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
        List<String> excludes = new ArrayList<>();
        for (Flag f : copy.flags()) {
            if (f.name().equals("exclude") && f.hasValue()) {
                excludes.add(f.value());
            }
        }
        List<CopySource> out = new ArrayList<>();
        for (Word w : words) {
            if (CacheModel.isRemote(w.text()) || (w.text().startsWith("<<") && !heredocs.isEmpty())) {
                continue;
            }
            String expanded = copy instanceof Copy c && c.execForm() || copy instanceof Add a && a.execForm()
                    ? w.text() : model.expand(copy, w.text()).value();
            out.add(CopySource.of(expanded == null ? w.text() : expanded, windowsPaths, parents).excluding(excludes));
        }
        known = List.copyOf(out);
        copySources.put(copy, known);
        return known;
    }
}
