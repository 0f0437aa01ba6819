package dev.layerlint.pipeline;

import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceText;
import dev.layerlint.source.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A pipeline file's YAML as composed nodes (not loaded maps), so every key
 * and value keeps its place in the file: {@link #span(Node)} for a node,
 * {@link #text(ScalarNode)} for a scalar's value with each character mapped
 * back to its file offset (inside a {@code run: |} block too). Anchors and
 * aliases are resolved by the composer (an alias is the anchored node, so it
 * points at the anchor); merge keys ({@code <<}) are followed by
 * {@link #get} and {@link #entries}. Several documents per file are read.
 */
public final class Yaml {
    private final SourceText source;
    private final List<Node> documents;
    /** Scalars made by template expansion, with their characters' places in this file. */
    private final Map<Node, MappedText> mapped = new IdentityHashMap<>();

    private Yaml(SourceText source, List<Node> documents) {
        this.source = source;
        this.documents = documents;
    }

    /** Composes every document; malformed YAML is an input error with the file's line and column. */
    public static Yaml parse(SourceText source) throws InputException {
        LoadSettings settings = LoadSettings.builder().setLabel(source.path()).setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(500).setCodePointLimit(Integer.MAX_VALUE).build();
        List<Node> docs = new ArrayList<>();
        try {
            for (Node n : new Compose(settings).composeAllFromString(source.text())) {
                if (n != null) {
                    docs.add(n);
                }
            }
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().orElse(e.getContextMark().orElse(null));
            int line = m == null ? 0 : m.getLine() + 1;
            int col = m == null ? 0 : m.getColumn() + 1;
            throw new InputException(source.path(), "not valid YAML: " + e.getProblem(), line, col);
        } catch (YamlEngineException e) {
            throw new InputException(source.path(), "not valid YAML: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new InputException(source.path(), "not valid YAML: " + e.getMessage());
        }
        return new Yaml(source, docs);
    }

    public SourceText source() {
        return source;
    }

    public List<Node> documents() {
        return documents;
    }

    /** The file offset of a mark (marks count columns in code points; the file in chars). */
    int offset(Mark m) {
        int line = Math.min(m.getLine() + 1, source.lineCount());
        int start = source.lineStart(line);
        int end = source.lineEnd(line);
        int col = m.getColumn();
        int off = start;
        while (col > 0 && off < end) {
            off += Character.isHighSurrogate(source.text().charAt(off)) ? 2 : 1;
            col--;
        }
        if (col > 0) {
            // the mark is past the line's end (the line break, or the end of the file)
            return Math.min(source.length(), end + col);
        }
        return off;
    }

    public Span span(Node node) {
        int s = node.getStartMark().map(this::offset).orElse(0);
        int e = node.getEndMark().map(this::offset).orElse(s);
        if (node instanceof ScalarNode) {
            // a plain scalar's end mark can sit after trailing blanks of a multi-line value: trim them
            while (e > s && Character.isWhitespace(source.text().charAt(e - 1))) {
                e--;
            }
        } else {
            // a collection's span: its first line only is what a finding points at
            e = Math.min(e, source.lineEnd(source.lineOf(s)));
        }
        return source.span(s, Math.max(s, e));
    }

    /** The file offset where a node ends (for a block collection: where the next token starts). */
    public int end(Node node) {
        int s = node.getStartMark().map(this::offset).orElse(0);
        return Math.max(s, node.getEndMark().map(this::offset).orElse(s));
    }

    /** A scalar's value with the file offset of each character. */
    public MappedText text(ScalarNode node) {
        MappedText m = mapped.isEmpty() ? null : mapped.get(node);
        if (m != null) {
            return m;
        }
        int s = node.getStartMark().map(this::offset).orElse(0);
        int e = node.getEndMark().map(this::offset).orElse(s);
        return MappedText.of(source, node.getValue(), s, Math.max(s, e));
    }

    /** Records the place of each character of a scalar made from this file's text by template expansion. */
    void map(ScalarNode node, MappedText text) {
        mapped.put(node, text);
    }

    // ---- navigation ----------------------------------------------------------------------------------------

    public static String str(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : null;
    }

    /** The value of {@code key} in a mapping, following merge keys; null when absent or not a mapping. */
    public static Node get(Node map, String key) {
        if (!(map instanceof MappingNode m)) {
            return null;
        }
        for (NodeTuple t : m.getValue()) {
            if (key.equals(str(t.getKeyNode()))) {
                return t.getValueNode();
            }
        }
        for (NodeTuple t : m.getValue()) {
            if ("<<".equals(str(t.getKeyNode()))) {
                for (Node parent : items(t.getValueNode(), true)) {
                    Node v = get(parent, key);
                    if (v != null) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    /** {@link #get} with the key compared without case (Azure task inputs are case-insensitive). */
    public static Node getIgnoreCase(Node map, String key) {
        for (NodeTuple t : entries(map)) {
            String k = str(t.getKeyNode());
            if (k != null && k.equalsIgnoreCase(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    public static ScalarNode keyNode(Node map, String key) {
        if (map instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (key.equals(str(t.getKeyNode())) && t.getKeyNode() instanceof ScalarNode s) {
                    return s;
                }
            }
        }
        return null;
    }

    public static String getStr(Node map, String key) {
        return str(get(map, key));
    }

    /** A mapping's entries in order, merge-key parents after the map's own keys (own keys win). */
    public static List<NodeTuple> entries(Node map) {
        List<NodeTuple> out = new ArrayList<>();
        if (!(map instanceof MappingNode m)) {
            return out;
        }
        List<String> seen = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
            String k = str(t.getKeyNode());
            if (!"<<".equals(k)) {
                out.add(t);
                seen.add(k);
            }
        }
        for (NodeTuple t : m.getValue()) {
            if ("<<".equals(str(t.getKeyNode()))) {
                for (Node parent : items(t.getValueNode(), true)) {
                    for (NodeTuple pt : entries(parent)) {
                        String k = str(pt.getKeyNode());
                        if (!seen.contains(k)) {
                            out.add(pt);
                            seen.add(k);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** A sequence's items, flattened one level when {@code flatten} (GitLab nests lists of script lines); a lone node as one item. */
    public static List<Node> items(Node n, boolean flatten) {
        List<Node> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (flatten && item instanceof SequenceNode inner) {
                    out.addAll(items(inner, true));
                } else {
                    out.add(item);
                }
            }
        } else {
            out.add(n);
        }
        return out;
    }
}
