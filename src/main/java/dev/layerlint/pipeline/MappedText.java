package dev.layerlint.pipeline;

import dev.layerlint.shell.ShellScript;
import dev.layerlint.source.SourceText;
import dev.layerlint.source.Span;

/**
 * A YAML scalar's value with, for each character, its offset in the file:
 * block scalars ({@code |}, {@code >}) drop indentation and fold lines,
 * quoted ones drop quotes and escapes, so a value offset is mapped by walking
 * the value and the raw text together (a value character is found at the
 * next raw character equal to it; a folded space matches a line break).
 * Findings inside a {@code run:} or {@code script:} block point at the word.
 */
public final class MappedText {
    private final SourceText source;
    private final String value;
    private final int[] offsets;
    /** The value parsed as a shell script, once ({@link ShellBuilds#parse}). */
    ShellScript script;

    private MappedText(SourceText source, String value, int[] offsets) {
        this.source = source;
        this.value = value;
        this.offsets = offsets;
    }

    static MappedText of(SourceText source, String value, int rawStart, int rawEnd) {
        String text = source.text();
        int[] map = new int[value.length() + 1];
        int p = rawStart;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int q = p;
            int limit = Math.min(rawEnd, p + 400);
            while (q < limit && !matches(c, text.charAt(q))) {
                q++;
            }
            if (q < limit) {
                map[i] = q;
                p = q + 1;
            } else {
                map[i] = Math.min(p, rawEnd);
            }
        }
        map[value.length()] = value.isEmpty() ? rawStart : Math.min(rawEnd, map[value.length() - 1] + 1);
        return new MappedText(source, value, map);
    }

    /** A value with the file offset of each character given ({@code offsets} has one more entry, for its end). */
    static MappedText mapped(SourceText source, String value, int[] offsets) {
        return new MappedText(source, value, offsets);
    }

    /** A value that is not in the file as such (a default, a joined list): every offset maps to {@code at}. */
    static MappedText synthetic(SourceText source, String value, Span at) {
        int[] map = new int[value.length() + 1];
        for (int i = 0; i < map.length; i++) {
            map[i] = i == map.length - 1 ? at.end() : at.start();
        }
        return new MappedText(source, value, map);
    }

    private static boolean matches(char v, char raw) {
        return v == raw || v == ' ' && raw == '\n' || v == '\n' && raw == '\n';
    }

    public String value() {
        return value;
    }

    public int offset(int valueIndex) {
        return offsets[Math.max(0, Math.min(valueIndex, offsets.length - 1))];
    }

    /** The file span of value range {@code [start, end)}. */
    public Span span(int start, int end) {
        int s = offset(start);
        int e = end > start ? offset(end - 1) + 1 : s;
        return source.span(s, Math.max(s, e));
    }
}
