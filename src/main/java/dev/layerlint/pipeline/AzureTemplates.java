package dev.layerlint.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Azure Pipelines template expressions, resolved where the file and the values
 * passed to it allow: {@code parameters:} with their defaults (and the values a
 * caller passes), {@code ${{ parameters.x }}} and the functions templates use
 * to build text ({@code join}, {@code format}, {@code coalesce}, ...) in
 * values and keys, {@code ${{ if }}}/{@code elseif}/{@code else} blocks in
 * mappings and lists, {@code ${{ each x in ... }}} loops, and a parameter that
 * holds steps or a list inserted where it is named. What cannot be resolved
 * (a runtime variable, a value the file does not give) stays as written, so a
 * build built from it has an unknown value; a condition that cannot be decided
 * keeps every branch. Expanded nodes keep the marks of the text they come from,
 * and a substituted scalar maps each character to its place in the template's
 * own file ({@link Yaml#text}): the value's characters, or the expression that
 * produced them.
 */
final class AzureTemplates {
    /** A value the file does not give. */
    static final Object UNKNOWN = new Object() {
        @Override
        public String toString() {
            return "unknown";
        }
    };

    private final Yaml yaml;
    private final Map<String, Object> parameters;
    private final Map<String, Object> locals = new LinkedHashMap<>();
    /** The node a list or mapping value was read from (a default of this file), to insert it where it is named. */
    private final Map<Object, Node> nodes;
    private int budget = 20_000; // nodes built: a hostile file cannot make expansion explode

    /**
     * Read alone (a pipeline's runtime parameters, a template no caller of this run passes values to): a branch
     * the defaults rule out is still read, as a caller or the person queuing the run may pass other values.
     */
    private final boolean alone;

    AzureTemplates(Yaml yaml, Map<String, Object> parameters, Map<Object, Node> nodes, boolean alone) {
        this.alone = alone;
        this.yaml = yaml;
        this.parameters = parameters;
        this.nodes = nodes;
    }

    /**
     * A template file's parameters with their defaults; {@code nodes} remembers where list and mapping defaults
     * are written. A null default is no value (the caller must pass one); so is an empty one when the file is read
     * {@code alone} (not through a caller): a placeholder, not the text of a build.
     */
    static Map<String, Object> defaults(Node doc, Map<Object, Node> nodes, boolean alone) {
        Map<String, Object> out = new LinkedHashMap<>();
        Node params = Yaml.get(doc, "parameters");
        if (params instanceof SequenceNode) {
            for (Node p : Yaml.items(params, false)) {
                String name = Yaml.getStr(p, "name");
                if (name != null) {
                    Node d = Yaml.get(p, "default");
                    out.put(name, d == null || none(d, alone) ? UNKNOWN : value(d, Yaml.getStr(p, "type"), nodes));
                }
            }
        } else if (params instanceof MappingNode) {
            // the older form: name: default
            for (NodeTuple t : Yaml.entries(params)) {
                String k = Yaml.str(t.getKeyNode());
                if (k != null) {
                    out.put(k, none(t.getValueNode(), alone) ? UNKNOWN : value(t.getValueNode(), null, nodes));
                }
            }
        }
        return out;
    }

    private static boolean none(Node d, boolean alone) {
        if (!(d instanceof ScalarNode s) || s.getScalarStyle() != ScalarStyle.PLAIN && !alone) {
            return false;
        }
        String v = s.getValue();
        return s.getScalarStyle() == ScalarStyle.PLAIN && (v.equals("~") || v.equalsIgnoreCase("null"))
                || alone && v.isEmpty();
    }

    /** A node as a value: text, a boolean, a list or a mapping. */
    static Object value(Node n, String type, Map<Object, Node> nodes) {
        if (n instanceof ScalarNode s) {
            String v = s.getValue();
            boolean bool = "boolean".equalsIgnoreCase(type) || s.getScalarStyle() == ScalarStyle.PLAIN && type == null;
            if (bool && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"))) {
                return Boolean.valueOf(v.toLowerCase(Locale.ROOT));
            }
            return v;
        }
        if (n instanceof SequenceNode seq) {
            List<Object> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                out.add(value(item, null, nodes));
            }
            if (nodes != null) {
                nodes.put(out, n);
            }
            return out;
        }
        if (n instanceof MappingNode) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple t : Yaml.entries(n)) {
                String k = Yaml.str(t.getKeyNode());
                if (k != null) {
                    out.put(k, value(t.getValueNode(), null, nodes));
                }
            }
            if (nodes != null) {
                nodes.put(out, n);
            }
            return out;
        }
        return UNKNOWN;
    }

    // ---- expansion ------------------------------------------------------------------------------------------

    /** The node with its template expressions resolved (a new tree; the input is not changed). */
    Node expand(Node n) {
        if (--budget < 0) {
            return n;
        }
        if (n instanceof ScalarNode s) {
            return scalar(s);
        }
        if (n instanceof MappingNode m) {
            return mapping(m);
        }
        if (n instanceof SequenceNode seq) {
            List<Node> out = new ArrayList<>();
            Chain chain = new Chain();
            for (Node item : seq.getValue()) {
                sequenceItem(item, out, chain);
            }
            return new SequenceNode(seq.getTag(), true, out, seq.getFlowStyle(), seq.getStartMark(), seq.getEndMark());
        }
        return n;
    }

    /** The state of an {@code if}/{@code elseif}/{@code else} chain: whether a branch was taken, surely or maybe. */
    private static final class Chain {
        boolean taken;
        boolean maybe;

        /** Whether a branch with this condition is read; the condition null when it cannot be decided. */
        boolean branch(String kind, Boolean cond) {
            if (kind.equals("if")) {
                taken = false;
                maybe = false;
            }
            if (taken) {
                return false;
            }
            if (kind.equals("else")) {
                cond = maybe ? null : Boolean.TRUE;
            }
            if (cond == null) {
                maybe = true;
                return true;
            }
            taken = cond;
            return cond;
        }
    }

    private static String directive(String key) {
        if (key == null || !key.startsWith("${{") || !key.endsWith("}}")) {
            return null;
        }
        return key.substring(3, key.length() - 2).strip();
    }

    private static String kind(String directive) {
        String d = directive;
        if (d.equals("else")) {
            return "else";
        }
        for (String k : new String[] {"if", "elseif", "each"}) {
            if (d.startsWith(k + " ") || d.startsWith(k + "(")) {
                return k;
            }
        }
        return null;
    }

    private Node mapping(MappingNode m) {
        List<NodeTuple> out = new ArrayList<>();
        Chain chain = new Chain();
        for (NodeTuple t : m.getValue()) {
            String d = directive(Yaml.str(t.getKeyNode()));
            String kind = d == null ? null : kind(d);
            if (kind == null) {
                Node key = expand(t.getKeyNode());
                out.add(new NodeTuple(key, expand(t.getValueNode())));
                continue;
            }
            if (kind.equals("each")) {
                each(d, t.getValueNode(), v -> {
                    if (v instanceof MappingNode vm) {
                        out.addAll(vm.getValue());
                    }
                });
                continue;
            }
            if (chain.branch(kind, kind.equals("else") ? null : condition(d.substring(kind.length()).strip()))) {
                Node v = expand(t.getValueNode());
                if (v instanceof MappingNode vm) {
                    out.addAll(vm.getValue());
                }
            }
        }
        return new MappingNode(m.getTag(), true, out, m.getFlowStyle(), m.getStartMark(), m.getEndMark());
    }

    private void sequenceItem(Node item, List<Node> out, Chain chain) {
        if (item instanceof MappingNode m && !m.getValue().isEmpty()) {
            boolean all = true;
            for (NodeTuple t : m.getValue()) {
                String d = directive(Yaml.str(t.getKeyNode()));
                all &= d != null && kind(d) != null;
            }
            if (all) {
                for (NodeTuple t : m.getValue()) {
                    String d = directive(Yaml.str(t.getKeyNode()));
                    String kind = kind(d);
                    if (kind.equals("each")) {
                        each(d, t.getValueNode(), v -> addItems(v, out));
                    } else if (chain.branch(kind, kind.equals("else") ? null
                            : condition(d.substring(kind.length()).strip()))) {
                        addItems(expand(t.getValueNode()), out);
                    }
                }
                return;
            }
        }
        chain.taken = false;
        chain.maybe = false;
        if (item instanceof ScalarNode s) {
            // a whole item that is a list parameter (steps: - ${{ parameters.preSteps }}) is its items
            String d = directive(s.getValue().strip());
            if (d != null && kind(d) == null) {
                Object v = eval(d);
                Node at = nodes.get(v);
                if (v instanceof List<?> && at != null) {
                    addItems(expand(at), out);
                    return;
                }
            }
        }
        out.add(expand(item));
    }

    private static void addItems(Node n, List<Node> out) {
        if (n instanceof SequenceNode seq) {
            out.addAll(seq.getValue());
        } else if (n != null) {
            out.add(n);
        }
    }

    /** {@code each x in LIST}: the body once per item with {@code x} bound; once with x unknown when the list is not known. */
    private void each(String d, Node body, Consumer<Node> sink) {
        String rest = d.substring(4).strip();
        int in = rest.indexOf(" in ");
        if (in < 0) {
            return;
        }
        String var = rest.substring(0, in).strip();
        Object list = eval(rest.substring(in + 4).strip());
        Object saved = locals.get(var);
        List<?> items = list instanceof List<?> l ? l
                : list instanceof Map<?, ?> map ? new ArrayList<>(map.entrySet().stream()
                        .map(e -> Map.of("key", (Object) e.getKey(), "value", e.getValue())).toList())
                : Collections.singletonList(UNKNOWN);
        int n = 0;
        for (Object item : items) {
            if (++n > 200) {
                break;
            }
            locals.put(var, item);
            sink.accept(expand(body));
        }
        if (saved == null) {
            locals.remove(var);
        } else {
            locals.put(var, saved);
        }
    }

    /** A scalar with its expressions replaced by their values (those that have one); a list or mapping parameter as its node. */
    private Node scalar(ScalarNode s) {
        String v = s.getValue();
        if (!v.contains("${{")) {
            return s;
        }
        String whole = directive(v.strip());
        if (whole != null && !whole.contains("}}")) {
            Object r = eval(whole);
            Node at = nodes.get(r);
            if (at != null) {
                return expand(at);
            }
        }
        MappedText orig = yaml.text(s);
        StringBuilder out = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        int i = 0;
        boolean changed = false;
        while (i < v.length()) {
            int k = v.indexOf("${{", i);
            int e = k < 0 ? -1 : end(v, k + 3);
            if (k < 0 || e < 0) {
                k = v.length();
                e = -1;
            }
            for (int j = i; j < k; j++) {
                out.append(v.charAt(j));
                offsets.add(orig.offset(j));
            }
            if (e < 0) {
                break;
            }
            String text = text(eval(v.substring(k + 3, e).strip()));
            if (text == null) {
                for (int j = k; j < e + 2; j++) {
                    out.append(v.charAt(j));
                    offsets.add(orig.offset(j));
                }
            } else {
                changed = true;
                for (int j = 0; j < text.length(); j++) {
                    out.append(text.charAt(j));
                    offsets.add(orig.offset(k));
                }
            }
            i = e + 2;
        }
        if (!changed) {
            return s;
        }
        int[] map = new int[out.length() + 1];
        for (int j = 0; j < offsets.size(); j++) {
            map[j] = offsets.get(j);
        }
        map[out.length()] = orig.offset(v.length());
        ScalarNode n = new ScalarNode(s.getTag(), true, out.toString(), s.getScalarStyle(), s.getStartMark(),
                s.getEndMark());
        yaml.map(n, MappedText.mapped(yaml.source(), out.toString(), map));
        return n;
    }

    /** The index of the {@code }}} that closes an expression starting at {@code from} (quotes respected), or -1. */
    private static int end(String v, int from) {
        boolean quoted = false;
        for (int i = from; i < v.length() - 1; i++) {
            char c = v.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '}' && v.charAt(i + 1) == '}') {
                return i;
            }
        }
        return -1;
    }

    /** A value as template text (Azure writes booleans as True/False), or null when it has none. */
    private static String text(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
        }
        return null;
    }

    /** A condition's truth: null when it cannot be told (or, read alone, when it rules a branch out by a parameter). */
    private Boolean condition(String expr) {
        Boolean t = truth(eval(expr));
        return alone && Boolean.FALSE.equals(t) && expr.contains("parameters") ? null : t;
    }

    /** Truth as template conditions read it: null when it cannot be told. */
    private static Boolean truth(Object v) {
        if (v == UNKNOWN || v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            return !s.isEmpty() && !s.equalsIgnoreCase("false");
        }
        if (v instanceof Double d) {
            return d != 0;
        }
        return Boolean.TRUE;
    }

    // ---- expressions ----------------------------------------------------------------------------------------

    /** Evaluates an expression; {@link #UNKNOWN} for what the file does not give or this reader does not know. */
    Object eval(String expr) {
        try {
            Parser p = new Parser(expr);
            Object v = p.expr();
            p.blanks();
            return p.pos == expr.length() ? v : UNKNOWN;
        } catch (RuntimeException e) {
            return UNKNOWN;
        }
    }

    private final class Parser {
        private final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        void blanks() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        Object expr() {
            blanks();
            if (pos >= s.length()) {
                throw new IllegalStateException("end");
            }
            char c = s.charAt(pos);
            if (c == '\'') {
                StringBuilder sb = new StringBuilder();
                pos++;
                while (true) {
                    int q = s.indexOf('\'', pos);
                    if (q < 0) {
                        throw new IllegalStateException("quote");
                    }
                    sb.append(s, pos, q);
                    pos = q + 1;
                    if (pos < s.length() && s.charAt(pos) == '\'') {
                        sb.append('\'');
                        pos++;
                    } else {
                        return sb.toString();
                    }
                }
            }
            if (Character.isDigit(c) || c == '-' || c == '.') {
                int st = pos;
                pos++;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                    pos++;
                }
                return Double.valueOf(s.substring(st, pos));
            }
            String name = ident();
            blanks();
            if (pos < s.length() && s.charAt(pos) == '(') {
                pos++;
                List<Object> args = new ArrayList<>();
                blanks();
                if (s.charAt(pos) == ')') {
                    pos++;
                } else {
                    while (true) {
                        args.add(expr());
                        blanks();
                        char d = s.charAt(pos++);
                        if (d == ')') {
                            break;
                        }
                        if (d != ',') {
                            throw new IllegalStateException("args");
                        }
                    }
                }
                return call(name.toLowerCase(Locale.ROOT), args);
            }
            switch (name.toLowerCase(Locale.ROOT)) {
                case "true":
                    return Boolean.TRUE;
                case "false":
                    return Boolean.FALSE;
                case "null":
                    return "";
                default:
                    break;
            }
            Object v = root(name);
            while (pos < s.length()) {
                char d = s.charAt(pos);
                String field;
                if (d == '.') {
                    pos++;
                    field = ident();
                } else if (d == '[') {
                    pos++;
                    Object k = expr();
                    blanks();
                    if (s.charAt(pos++) != ']') {
                        throw new IllegalStateException("index");
                    }
                    if (k instanceof Double i && v instanceof List<?> l) {
                        v = i.intValue() >= 0 && i.intValue() < l.size() ? l.get(i.intValue()) : UNKNOWN;
                        continue;
                    }
                    field = k instanceof String ks ? ks : null;
                } else {
                    break;
                }
                v = field != null && v instanceof Map<?, ?> m ? (m.containsKey(field) ? m.get(field) : "") : UNKNOWN;
            }
            return v;
        }

        private String ident() {
            blanks();
            int st = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                    || s.charAt(pos) == '-')) {
                pos++;
            }
            if (st == pos) {
                throw new IllegalStateException("name");
            }
            return s.substring(st, pos);
        }

        private Object root(String name) {
            if (locals.containsKey(name)) {
                return locals.get(name);
            }
            if (name.equals("parameters")) {
                return parameters;
            }
            return UNKNOWN; // variables, pipeline, resources: known only when the pipeline runs
        }
    }

    private static Object call(String f, List<Object> a) {
        for (Object o : a) {
            if (o == UNKNOWN && !f.equals("coalesce") && !f.equals("and") && !f.equals("or")) {
                return UNKNOWN;
            }
        }
        switch (f) {
            case "eq":
                return a.size() == 2 ? equal(a.get(0), a.get(1)) : UNKNOWN;
            case "ne":
                return a.size() == 2 ? !equal(a.get(0), a.get(1)) : UNKNOWN;
            case "not":
                Boolean t = a.size() == 1 ? truth(a.get(0)) : null;
                return t == null ? UNKNOWN : !t;
            case "and": {
                boolean unknown = false;
                for (Object o : a) {
                    Boolean b = truth(o);
                    if (Boolean.FALSE.equals(b)) {
                        return false;
                    }
                    unknown |= b == null;
                }
                return unknown ? UNKNOWN : Boolean.TRUE;
            }
            case "or": {
                boolean unknown = false;
                for (Object o : a) {
                    Boolean b = truth(o);
                    if (Boolean.TRUE.equals(b)) {
                        return true;
                    }
                    unknown |= b == null;
                }
                return unknown ? UNKNOWN : Boolean.FALSE;
            }
            case "in":
            case "notin": {
                boolean found = false;
                for (int i = 1; i < a.size(); i++) {
                    found |= equal(a.get(0), a.get(i));
                }
                return f.equals("in") == found;
            }
            case "containsvalue":
                return a.size() == 2 && a.get(0) instanceof List<?> l && l.stream().anyMatch(x -> equal(x, a.get(1)));
            case "contains":
            case "startswith":
            case "endswith": {
                String x = text(a.get(0));
                String y = a.size() > 1 ? text(a.get(1)) : null;
                if (x == null || y == null) {
                    return UNKNOWN;
                }
                x = x.toLowerCase(Locale.ROOT);
                y = y.toLowerCase(Locale.ROOT);
                return f.equals("contains") ? x.contains(y) : f.equals("startswith") ? x.startsWith(y) : x.endsWith(y);
            }
            case "join": {
                if (a.size() != 2 || !(a.get(1) instanceof List<?> l)) {
                    return a.size() == 2 && text(a.get(1)) != null ? text(a.get(1)) : UNKNOWN;
                }
                List<String> parts = new ArrayList<>();
                for (Object o : l) {
                    String x = text(o);
                    if (x == null) {
                        return UNKNOWN;
                    }
                    parts.add(x);
                }
                String sep = text(a.get(0));
                return sep == null ? UNKNOWN : String.join(sep, parts);
            }
            case "format": {
                String fmt = a.isEmpty() ? null : text(a.get(0));
                if (fmt == null) {
                    return UNKNOWN;
                }
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < fmt.length(); i++) {
                    char c = fmt.charAt(i);
                    int close = c == '{' ? fmt.indexOf('}', i) : -1;
                    if (close > i + 1 && fmt.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                        int n = Integer.parseInt(fmt.substring(i + 1, close)) + 1;
                        String x = n < a.size() ? text(a.get(n)) : null;
                        if (x == null) {
                            return UNKNOWN;
                        }
                        sb.append(x);
                        i = close;
                    } else {
                        sb.append(c);
                    }
                }
                return sb.toString();
            }
            case "coalesce":
                for (Object o : a) {
                    if (o == UNKNOWN) {
                        return UNKNOWN;
                    }
                    if (!(o instanceof String s) || !s.isEmpty()) {
                        return o;
                    }
                }
                return "";
            case "lower":
            case "upper": {
                String x = a.size() == 1 ? text(a.get(0)) : null;
                return x == null ? UNKNOWN : f.equals("lower") ? x.toLowerCase(Locale.ROOT) : x.toUpperCase(Locale.ROOT);
            }
            case "replace": {
                String x = a.size() == 3 ? text(a.get(0)) : null;
                String from = x == null ? null : text(a.get(1));
                String to = x == null ? null : text(a.get(2));
                return x == null || from == null || to == null ? UNKNOWN : x.replace(from, to);
            }
            case "length":
                return a.size() == 1 && a.get(0) instanceof List<?> l ? (Object) (double) l.size()
                        : a.size() == 1 && a.get(0) instanceof String s ? (Object) (double) s.length() : UNKNOWN;
            default:
                return UNKNOWN;
        }
    }

    private static boolean equal(Object x, Object y) {
        if (x instanceof Boolean || y instanceof Boolean) {
            return truth(x) != null && truth(x).equals(truth(y));
        }
        String a = text(x);
        String b = text(y);
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

    static Map<Object, Node> identityMap() {
        return new IdentityHashMap<>();
    }
}
