package dev.layerlint.rules.ci;

import dev.layerlint.fix.Edit;
import dev.layerlint.pipeline.Build;
import dev.layerlint.pipeline.CacheSpec;
import dev.layerlint.pipeline.Pipeline;
import dev.layerlint.pipeline.Step;
import dev.layerlint.source.SourceText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Edits of a pipeline file that keep its indentation, quoting and comments:
 * an attribute set inside a cache spec where it is written, a line added to
 * the shell script that runs a build (a literal block or a list of script
 * lines), a step added after a step. Each returns null when the file does not
 * hold the text in a shape it can edit without touching anything else (a
 * folded scalar, a quoted value with escapes, a flow mapping): the fix then
 * stays a suggestion.
 */
final class YamlEdits {
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)-\\s+$");
    private static final Pattern LITERAL_HEADER = Pattern.compile("^\\s*(?:-\\s+)?(?:[^#]*:\\s*)?\\|[-+0-9]*\\s*(?:#.*)?$");
    private static final Pattern FOLDED_HEADER = Pattern.compile("^\\s*(?:-\\s+)?(?:[^#]*:\\s*)?>[-+0-9]*\\s*(?:#.*)?$");

    private YamlEdits() {
    }

    /** The file range {start, end} of a cache spec's text as written, or null when the file does not hold it so. */
    static int[] specRange(SourceText src, CacheSpec c) {
        String slice = src.slice(c.span());
        String raw = c.raw().strip();
        int i = slice.indexOf(raw);
        if (i < 0 || raw.isEmpty()) {
            return null;
        }
        int start = c.span().start() + i;
        return new int[] {start, start + raw.length()};
    }

    /** Sets {@code key=value} in a cache spec: the written value replaced, or {@code ,key=value} appended. */
    static Edit setAttr(SourceText src, CacheSpec c, String key, String value) {
        int[] r = specRange(src, c);
        if (r == null || c.bareRef() || value.contains(",")) {
            return null;
        }
        String raw = src.text().substring(r[0], r[1]);
        Matcher m = Pattern.compile("(?:^|,)\\s*" + Pattern.quote(key) + "\\s*=([^,]*)").matcher(raw);
        if (m.find()) {
            return Edit.replace(r[0] + m.start(1), r[0] + m.end(1), value);
        }
        return Edit.insert(r[1], "," + key + "=" + value);
    }

    /** The shell command that runs a build, or null (a task or an action). */
    static CiRule.Command command(Build b) {
        for (CiRule.Command c : CiRule.commands(List.of(b.step))) {
            if (c.fileStart() == b.span.start()) {
                return c;
            }
        }
        return null;
    }

    /** A line {@code text} added after the line where the build's command ends, written as the script's lines are. */
    static Edit lineAfter(SourceText src, Build b, String text) {
        String prefix = linePrefix(src, b, text);
        if (prefix == null) {
            return null;
        }
        CiRule.Command c = command(b);
        int end = c.text().offset(Math.max(c.command().start(), c.command().end() - 1)) + 1;
        int line = src.lineOf(Math.max(0, end - 1));
        return Edit.insert(src.lineEnd(line), newline(src) + prefix + text);
    }

    /** A line {@code text} added before the line where the build's command starts. */
    static Edit lineBefore(SourceText src, Build b, String text) {
        String prefix = linePrefix(src, b, text);
        if (prefix == null) {
            return null;
        }
        int line = src.lineOf(b.span.start());
        return Edit.insert(src.lineStart(line), prefix + text + newline(src));
    }

    /**
     * What a new script line next to the build's command starts with: the same indentation in a literal block
     * ({@code |}), or the same {@code - } in a list of script lines; null when neither holds (a folded block,
     * a command after another on its line, a one-line value, PowerShell).
     */
    private static String linePrefix(SourceText src, Build b, String text) {
        CiRule.Command c = command(b);
        if (c == null || b.step.powershell()) {
            return null;
        }
        int start = c.fileStart();
        int line = src.lineOf(start);
        String prefix = src.line(line).substring(0, start - src.lineStart(line));
        if (LIST_ITEM.matcher(prefix).matches()) {
            // a plain scalar list item: the new line must stay a plain scalar
            return text.contains(": ") || text.contains(" #") || text.startsWith("*") || text.startsWith("&")
                    ? null : prefix;
        }
        if (!prefix.isBlank()) {
            return null;
        }
        for (int l = line - 1; l >= 1; l--) {
            String above = src.line(l);
            if (above.isBlank() || indent(above) >= prefix.length()) {
                continue;
            }
            if (FOLDED_HEADER.matcher(above).matches()) {
                return null;
            }
            return LITERAL_HEADER.matcher(above).matches() ? prefix : null;
        }
        return null;
    }

    /**
     * A step added after {@code step}: {@code lines} are its keys as written under the dash (the first one
     * follows {@code - }, the others are indented to it), at the step's own indentation, after its last line
     * that is not blank or a comment.
     */
    static Edit stepAfter(Pipeline p, Step step, List<String> lines) {
        Item item = item(p, step);
        if (item == null) {
            return null;
        }
        SourceText src = p.source();
        int end = p.yaml().end(step.node());
        int line = src.lineOf(Math.min(end, src.length()));
        if (end >= src.length() || src.text().substring(src.lineStart(line), end).isBlank()) {
            line = end >= src.length() ? src.lineOf(Math.max(0, src.length() - 1)) : line - 1;
        }
        while (line > item.line() && (src.line(line).isBlank() || src.line(line).strip().startsWith("#"))) {
            line--;
        }
        String nl = newline(src);
        String text = item.text(lines, nl);
        return Edit.insert(src.lineEnd(line), nl + text.substring(0, text.length() - nl.length()));
    }

    /** A step added before {@code step}, at its indentation ({@code lines} as for {@link #stepAfter}). */
    static Edit stepBefore(Pipeline p, Step step, List<String> lines) {
        Item item = item(p, step);
        return item == null ? null : Edit.insert(p.source().lineStart(item.line()), item.text(lines,
                newline(p.source())));
    }

    /** A step's list item in block style: the line of its dash and the text before its first key. */
    private record Item(int line, String prefix, String dashIndent) {
        /** {@code lines} as a list item at this one's indentation, each line ended by {@code nl}. */
        String text(List<String> lines, String nl) {
            StringBuilder sb = new StringBuilder();
            sb.append(dashIndent).append("- ").append(lines.get(0)).append(nl);
            for (String more : lines.subList(1, lines.size())) {
                sb.append(" ".repeat(prefix.length())).append(more).append(nl);
            }
            return sb.toString();
        }
    }

    /** The step's list item, or null when it is not a block-style item ({@code - {...}}, no dash before it). */
    private static Item item(Pipeline p, Step step) {
        Node node = step.node();
        SourceText src = p.source();
        if (node == null) {
            return null;
        }
        int start = p.yaml().span(node).start();
        if (start >= src.length() || src.text().charAt(start) == '{') {
            return null;
        }
        int stepLine = src.lineOf(start);
        String prefix = src.line(stepLine).substring(0, start - src.lineStart(stepLine));
        Matcher dash = LIST_ITEM.matcher(prefix);
        return dash.matches() ? new Item(stepLine, prefix, dash.group(1)) : null;
    }

    /**
     * Keys added at the end of a block mapping ({@code with:}, {@code inputs:}), at the indentation of its
     * first key, after its last line that is not blank or a comment; null for a flow mapping.
     */
    static Edit keysInto(Pipeline p, Node map, List<String> lines) {
        SourceText src = p.source();
        if (map == null) {
            return null;
        }
        int start = p.yaml().span(map).start();
        if (start >= src.length() || src.text().charAt(start) == '{') {
            return null;
        }
        int first = src.lineOf(start);
        String prefix = src.line(first).substring(0, start - src.lineStart(first));
        if (!prefix.isBlank()) {
            return null;
        }
        int end = p.yaml().end(map);
        int line = src.lineOf(Math.min(end, src.length()));
        if (end >= src.length() || src.text().substring(src.lineStart(line), end).isBlank()) {
            line = end >= src.length() ? src.lineOf(Math.max(0, src.length() - 1)) : line - 1;
        }
        while (line > first && (src.line(line).isBlank() || src.line(line).strip().startsWith("#"))) {
            line--;
        }
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(newline(src)).append(prefix).append(l);
        }
        return Edit.insert(src.lineEnd(line), sb.toString());
    }

    /** Deletes a whole line. */
    static Edit deleteLine(SourceText src, int line) {
        int start = src.lineStart(line);
        int end = line < src.lineCount() ? src.lineStart(line + 1) : src.length();
        return Edit.delete(start, end);
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String newline(SourceText src) {
        return src.usesCrlf() ? "\r\n" : "\n";
    }
}
