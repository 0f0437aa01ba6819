package dev.layerlint.testing;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Cmd;
import dev.layerlint.ast.Command;
import dev.layerlint.ast.Comment;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Directive;
import dev.layerlint.ast.Dockerfile;
import dev.layerlint.ast.Entrypoint;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.ExecForm;
import dev.layerlint.ast.Expose;
import dev.layerlint.ast.Flag;
import dev.layerlint.ast.From;
import dev.layerlint.ast.Healthcheck;
import dev.layerlint.ast.Heredoc;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.ast.Label;
import dev.layerlint.ast.Maintainer;
import dev.layerlint.ast.Node;
import dev.layerlint.ast.Onbuild;
import dev.layerlint.ast.Run;
import dev.layerlint.ast.Shell;
import dev.layerlint.ast.ShellForm;
import dev.layerlint.ast.Stopsignal;
import dev.layerlint.ast.User;
import dev.layerlint.ast.Volume;
import dev.layerlint.ast.Word;
import dev.layerlint.ast.Workdir;
import dev.layerlint.source.SourceText;
import dev.layerlint.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks that an AST's spans reproduce the source: every word's source text,
 * with line continuations joined by an independent implementation of
 * BuildKit's rules, equals the word; nodes tile the file in order with only
 * whitespace between them; every span lies inside its instruction.
 */
public final class SpanChecks {
    private final Dockerfile file;
    private final SourceText source;
    private final List<String> problems = new ArrayList<>();

    private SpanChecks(Dockerfile file) {
        this.file = file;
        this.source = file.source();
    }

    /** Problems found, empty when every span is exact. */
    public static List<String> check(Dockerfile file) {
        SpanChecks checks = new SpanChecks(file);
        checks.run();
        return checks.problems;
    }

    private void run() {
        List<Node> top = new ArrayList<>();
        top.addAll(file.directives());
        for (Comment c : file.comments()) {
            if (!c.inContinuation()) {
                top.add(c);
            } else if (file.instructions().stream().noneMatch(i -> i.span().contains(c.span()))) {
                problem(c, "comment inside a continuation lies outside every instruction");
            }
        }
        top.addAll(file.instructions());
        top.sort(Comparator.comparingInt(n -> n.span().start()));
        int pos = 0;
        for (Node node : top) {
            String gap = source.text().substring(Math.min(pos, node.span().start()), node.span().start());
            if (node.span().start() < pos) {
                problem(node, "overlaps the previous node");
            } else if (!gap.isBlank() && !gap.strip().equals("\\") && !gap.strip().equals("`")) {
                problem(node, "non-blank text before it is in no node: " + quote(gap));
            }
            pos = node.span().end();
        }
        String tail = source.text().substring(Math.min(pos, source.length()));
        if (!tail.isBlank()) {
            problems.add("text after the last node is in no node: " + quote(tail));
        }
        for (Comment c : file.comments()) {
            String text = source.slice(c.span());
            if (!text.startsWith("#") || !text.substring(1).strip().equals(c.text())) {
                problem(c, "comment text " + quote(c.text()) + " vs source " + quote(text));
            }
        }
        for (Directive d : file.directives()) {
            if (!source.slice(d.valueSpan()).equals(d.value())) {
                problem(d, "directive value " + quote(d.value()));
            }
        }
        for (Instruction instruction : file.instructions()) {
            instruction(instruction, instruction);
        }
    }

    private void instruction(Instruction outer, Instruction i) {
        inside(outer, i.keyword());
        exact(i.keyword().text(), i.keyword().span(), i.keyword());
        for (Flag flag : i.flags()) {
            inside(outer, flag);
            String joined = join(source.slice(flag.span()));
            if (!joined.startsWith("--")) {
                problem(flag, "flag source does not start with --: " + quote(joined));
            }
        }
        if (i instanceof From f) {
            words(outer, f.image(), f.asWord(), f.stageName());
        } else if (i instanceof Run r) {
            command(outer, r.command());
            for (Heredoc h : r.heredocs()) {
                heredoc(outer, h);
            }
        } else if (i instanceof Cmd c) {
            command(outer, c.command());
        } else if (i instanceof Entrypoint e) {
            command(outer, e.command());
        } else if (i instanceof Shell s) {
            command(outer, s.command());
        } else if (i instanceof Healthcheck h) {
            words(outer, h.type());
            command(outer, h.command());
        } else if (i instanceof Copy c) {
            fileWords(outer, c.sources(), c.destination(), c.execForm());
            c.heredocs().forEach(h -> heredoc(outer, h));
        } else if (i instanceof Add a) {
            fileWords(outer, a.sources(), a.destination(), a.execForm());
            a.heredocs().forEach(h -> heredoc(outer, h));
        } else if (i instanceof Env e) {
            pairs(outer, e.pairs());
        } else if (i instanceof Label l) {
            pairs(outer, l.pairs());
        } else if (i instanceof Arg a) {
            for (ArgDeclaration d : a.declarations()) {
                inside(outer, d);
                exact(d.name().text(), d.name().span(), d.name());
                if (d.hasDefault()) {
                    processed(d.defaultValue());
                }
            }
        } else if (i instanceof Expose e) {
            words(outer, e.ports().toArray(new Word[0]));
        } else if (i instanceof Volume v) {
            if (v.execForm()) {
                v.paths().forEach(w -> json(outer, w));
            } else {
                words(outer, v.paths().toArray(new Word[0]));
            }
        } else if (i instanceof User u) {
            words(outer, u.argument());
        } else if (i instanceof Workdir w) {
            words(outer, w.argument());
        } else if (i instanceof Stopsignal s) {
            words(outer, s.argument());
        } else if (i instanceof Maintainer m) {
            words(outer, m.argument());
        } else if (i instanceof Onbuild o && o.trigger() != null) {
            instruction(outer, o.trigger());
        }
    }

    private void heredoc(Instruction outer, Heredoc h) {
        inside(outer, h);
        if (!source.slice(h.bodySpan()).equals(h.body())) {
            problem(h, "heredoc body differs from its span");
        }
        if (h.terminator() != null) {
            String term = source.slice(h.terminator());
            String expected = h.chomp() ? term.replaceFirst("^\t+", "") : term;
            if (!expected.equals(h.name())) {
                problem(h, "terminator " + quote(term) + " is not " + quote(h.name()));
            }
        }
        String opener = join(source.slice(h.opener()));
        if (!opener.contains("<<")) {
            problem(h, "opener span " + quote(opener) + " has no <<");
        }
    }

    private void pairs(Instruction outer, List<KeyValue> pairs) {
        for (KeyValue kv : pairs) {
            inside(outer, kv);
            exact(kv.key().text(), kv.key().span(), kv.key());
            if (kv.value() != null) {
                processed(kv.value());
            }
        }
    }

    private void fileWords(Instruction outer, List<Word> sources, Word destination, boolean exec) {
        List<Word> all = new ArrayList<>(sources);
        if (destination != null) {
            all.add(destination);
        }
        for (Word w : all) {
            if (exec) {
                json(outer, w);
            } else {
                words(outer, w);
            }
        }
    }

    private void command(Instruction outer, Command command) {
        if (command == null) {
            return;
        }
        inside(outer, command);
        if (command instanceof ShellForm shell) {
            exact(shell.text(), shell.span(), shell);
            for (int k = 0; k < shell.logical().length(); k++) {
                if (source.text().charAt(shell.logical().sourceOffset(k)) != shell.text().charAt(k)) {
                    problem(shell, "logical character " + k + " maps to a different source character");
                    break;
                }
            }
        } else if (command instanceof ExecForm exec) {
            exec.arguments().forEach(w -> json(outer, w));
        }
    }

    private void json(Instruction outer, Word w) {
        inside(outer, w);
        String raw = join(source.slice(w.span()));
        if (!raw.startsWith("\"") || !raw.endsWith("\"") || raw.length() < 2) {
            problem(w, "JSON string span is not a quoted string: " + quote(raw));
        }
    }

    private void words(Instruction outer, Word... words) {
        for (Word w : words) {
            if (w != null) {
                inside(outer, w);
                exact(w.text(), w.span(), w);
            }
        }
    }

    /** A word whose text may have lost a trailing lone escape character. */
    private void processed(Word w) {
        String joined = join(source.slice(w.span()));
        if (!joined.equals(w.text()) && !joined.equals(w.text() + file.escapeChar())) {
            problem(w, "text " + quote(w.text()) + " vs joined source " + quote(joined));
        }
    }

    private void exact(String text, Span span, Node node) {
        String joined = join(source.slice(span));
        if (!joined.equals(text)) {
            problem(node, "text " + quote(text) + " vs joined source " + quote(joined));
        }
    }

    private void inside(Instruction outer, Node node) {
        if (!outer.span().contains(node.span())) {
            problem(node, "lies outside its instruction " + outer.span());
        }
    }

    /**
     * BuildKit's continuation joining, applied to a slice of source: a line
     * ending in the escape character (not itself escaped) plus blanks
     * continues; the following comment and blank lines are dropped.
     */
    String join(String slice) {
        char esc = file.escapeChar();
        String[] lines = slice.split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean continuing = false;
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            boolean last = k == lines.length - 1;
            while (!last && line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1); // BuildKit trims every \r before the \n
            }
            if (continuing && k > 0) {
                String stripped = line.stripLeading();
                if (stripped.startsWith("#") || (stripped.isEmpty() && !last)) {
                    continue;
                }
            }
            int end = line.length();
            while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
                end--;
            }
            boolean cont = !last && end > 0 && line.charAt(end - 1) == esc
                    && (end == 1 || line.charAt(end - 2) != esc);
            out.append(cont ? line.substring(0, end - 1) : line);
            if (!cont && !last) {
                out.append('\n');
            }
            continuing = cont;
        }
        return out.toString();
    }

    private void problem(Node node, String message) {
        problems.add(source.path() + ":" + node.span() + ": " + node.getClass().getSimpleName() + ": " + message);
    }

    private static String quote(String s) {
        String shown = s.length() > 80 ? s.substring(0, 80) + "..." : s;
        return "'" + shown.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "'";
    }
}
