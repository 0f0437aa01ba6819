package dev.layerlint.rules.ci;

import dev.layerlint.rule.Finding;
import dev.layerlint.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline ignores in a pipeline file, the same comments as in a Dockerfile:
 * {@code # layerlint ignore=CI001[,CI004] [-- reason]} on its own line covers
 * the YAML item that starts on the next line (a step, a job, a key) down to
 * where the indentation comes back to the comment's;
 * {@code # layerlint global ignore=...} covers the file.
 */
final class YamlSuppressions {
    private static final Pattern IGNORE = Pattern.compile(
            "^(\\s*)#\\s*layerlint\\s+(global\\s+)?ignore=([A-Za-z0-9,\\s-]+?)\\s*(?:--.*)?$");

    private record Range(int fromLine, int toLine, List<String> codes) {
    }

    private final List<Range> ranges = new ArrayList<>();

    YamlSuppressions(SourceText source) {
        // most files have no ignore comment: one search of the text instead of a pattern on every line
        int lines = source.text().contains("layerlint") ? source.lineCount() : 0;
        for (int l = 1; l <= lines; l++) {
            Matcher m = IGNORE.matcher(source.line(l));
            if (!m.matches()) {
                continue;
            }
            List<String> codes = new ArrayList<>();
            for (String c : m.group(3).split("[,\\s]+")) {
                if (!c.isBlank()) {
                    codes.add(c.strip().toUpperCase(Locale.ROOT));
                }
            }
            if (m.group(2) != null) {
                ranges.add(new Range(1, lines, codes));
                continue;
            }
            int indent = m.group(1).length();
            int start = l + 1;
            while (start <= lines && (source.line(start).isBlank() || source.line(start).strip().startsWith("#"))) {
                start++;
            }
            if (start > lines) {
                continue;
            }
            int itemIndent = indentOf(source.line(start));
            // a list item "- task: ..." covers the lines indented deeper than its dash
            int base = Math.max(indent, itemIndent);
            int end = start;
            for (int k = start + 1; k <= lines; k++) {
                String line = source.line(k);
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                if (indentOf(line) <= base && !(indentOf(line) == base && !line.strip().startsWith("-")
                        && source.line(start).strip().startsWith("-"))) {
                    break;
                }
                end = k;
            }
            ranges.add(new Range(start, end, codes));
        }
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    boolean suppresses(Finding f) {
        int line = f.span().startLine();
        for (Range r : ranges) {
            if (line >= r.fromLine() && line <= r.toLine()
                    && (r.codes().contains(f.rule().code()) || r.codes().contains(f.rule().name().toUpperCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }
}
