package dev.layerlint.rules;

import dev.layerlint.ast.Comment;
import dev.layerlint.ast.Dockerfile;
import dev.layerlint.ast.Instruction;
import dev.layerlint.fix.Edit;
import dev.layerlint.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Edits that move whole instructions: an instruction's block is its lines,
 * from the comment lines directly above it (no blank line between) to the end
 * of its last line, with the line break.
 */
public final class Moves {
    private Moves() {
    }

    /** {@code [start, end)} of an instruction's block. */
    public static int[] block(Dockerfile file, Instruction i) {
        String text = file.source().text();
        int start = file.source().lineStart(i.span().startLine());
        int line = i.span().startLine();
        List<Comment> comments = file.comments();
        while (line > 1) {
            int prev = line - 1;
            Comment above = null;
            for (Comment c : comments) {
                if (!c.inContinuation() && c.span().startLine() == prev) {
                    above = c;
                }
            }
            if (above == null || file.directives().stream().anyMatch(d -> d.span().startLine() == prev)) {
                break;
            }
            line = prev;
            start = file.source().lineStart(line);
        }
        int end = i.span().end();
        int nl = text.indexOf('\n', end);
        end = nl < 0 ? text.length() : nl + 1;
        return new int[] {start, end};
    }

    /** The block's text, ending in a line break (added if the file had none). */
    public static String blockText(Dockerfile file, Instruction i) {
        int[] b = block(file, i);
        String t = file.source().text().substring(b[0], b[1]);
        return t.endsWith("\n") ? t : t + lineBreak(file);
    }

    /** The line break the file uses, for lines a fix adds. */
    private static String lineBreak(Dockerfile file) {
        return file.source().usesCrlf() ? "\r\n" : "\n";
    }

    /**
     * Deletions for blocks that move away: adjacent blocks merge into one
     * range, and a range also takes the blank line after it when a blank line
     * precedes it (so no double gap stays behind).
     */
    public static List<Edit> removals(Dockerfile file, List<Instruction> moved) {
        String text = file.source().text();
        List<int[]> ranges = new ArrayList<>();
        for (Instruction i : moved) {
            int[] b = block(file, i);
            if (!ranges.isEmpty() && ranges.get(ranges.size() - 1)[1] == b[0]) {
                ranges.get(ranges.size() - 1)[1] = b[1];
            } else {
                ranges.add(b);
            }
        }
        SourceText source = file.source();
        List<Edit> edits = new ArrayList<>();
        for (int[] r : ranges) {
            // by lines, not characters, so that CRLF files are read as LF ones are (blocks start at a line start
            // and end at the next one's, or at the end of the text)
            int line = source.lineOf(r[0]);
            boolean blankBefore = line > 2 && isEmpty(source, line - 1);
            int end = r[1];
            int next = source.lineOf(end);
            if (blankBefore && end < text.length() && next < source.lineCount() && isEmpty(source, next)) {
                end = source.lineStart(next + 1);
            }
            edits.add(Edit.delete(r[0], end));
        }
        return edits;
    }

    private static boolean isEmpty(SourceText source, int line) {
        return source.lineStart(line) == source.lineEnd(line);
    }

    /** Edits that move {@code moved} (in order) to just before {@code before}'s block. */
    public static List<Edit> moveBefore(Dockerfile file, List<Instruction> moved, Instruction before) {
        List<Edit> edits = new ArrayList<>(removals(file, moved));
        StringBuilder text = new StringBuilder();
        for (Instruction i : moved) {
            text.append(blockText(file, i));
        }
        edits.add(Edit.insert(block(file, before)[0], text.toString()));
        return edits;
    }

    /** Edits that move {@code moved} to just after {@code after}'s block. */
    public static List<Edit> moveAfter(Dockerfile file, List<Instruction> moved, Instruction after) {
        List<Edit> edits = new ArrayList<>(removals(file, moved));
        StringBuilder text = new StringBuilder();
        int at = block(file, after)[1];
        String src = file.source().text();
        boolean needsBreak = at == src.length() && !src.endsWith("\n");
        for (Instruction i : moved) {
            text.append(blockText(file, i));
        }
        edits.add(Edit.insert(at, (needsBreak ? lineBreak(file) : "") + text));
        return edits;
    }
}
