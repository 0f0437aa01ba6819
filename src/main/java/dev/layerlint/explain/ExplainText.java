package dev.layerlint.explain;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.layerlint.report.Wrap;
import org.fusesource.jansi.Ansi;

/** The human form of explain's two outputs, readable at 80 columns. */
public final class ExplainText {
    private static final int TEXT_WIDTH = 38;
    private static final int ROW_TEXT = 34;
    private static final int WIDTH = 80;
    private static final int MAX_COLUMNS = 8;

    private final boolean color;

    public ExplainText(boolean color) {
        this.color = color;
    }

    public void explanation(Explanation e, PrintWriter out) {
        out.println(bold(e.path()) + " (" + e.builder() + (e.store() == null ? "" : ", " + e.store()
                + " image store") + ")");
        if (e.store() != null) {
            for (String line : Wrap.lines(e.store().equals("overlay2")
                    ? "COPY --link is a plain COPY on this store (--store containerd for the containerd image store)"
                    : "COPY --link is rebased: it stays cached when only what is below it changed", WIDTH - 2)) {
                out.println("  " + line);
            }
        }
        boolean several = e.builds().size() > 1;
        if (several) {
            for (String line : Wrap.lines("compared with " + e.builds().size() + " earlier builds: "
                    + String.join(", ", e.builds()), WIDTH - 2)) {
                out.println("  " + line);
            }
        }
        String since = several ? "changed since " + e.builds().get(e.builds().size() - 1) + ": " : "changed: ";
        for (String line : Wrap.lines(since + (e.changes().isEmpty() ? "nothing" : String.join(", ", e.changes())),
                WIDTH - 2)) {
            out.println("  " + line);
        }
        out.println();
        int whyColumn = 1 + 5 + 2 + ROW_TEXT + 2 + 9;
        out.println(String.format(" %5s  %-" + ROW_TEXT + "s  %-8s %s", "line", "step", "cache", "why"));
        String stage = null;
        boolean multiStage = e.rows().stream().map(Explanation.Row::stage).distinct().count() > 1;
        for (Explanation.Row r : e.rows()) {
            if (multiStage && (stage == null || !stage.equals(r.stage()))) {
                out.println(dim("  stage " + r.stage()));
            }
            stage = r.stage();
            String plain = switch (r.status()) {
                case "REBUILT" -> "REBUILT";
                case "CACHED" -> "cached";
                case "BASE" -> "base";
                case "SKIPPED" -> "skipped";
                case "UNSUPPORTED" -> "n/a";
                default -> "·";
            };
            String status = switch (r.status()) {
                case "REBUILT" -> paint(String.format("%-8s", plain), Ansi.Color.RED);
                case "CACHED" -> paint(String.format("%-8s", plain), Ansi.Color.GREEN);
                case "UNSUPPORTED" -> paint(String.format("%-8s", plain), Ansi.Color.YELLOW);
                case "BASE" -> String.format("%-8s", plain);
                default -> dim(String.format("%-8s", plain));
            };
            String why = r.reason() == null ? "" : r.reason().equals("metadata") ? "not a step"
                    : r.reason().equals("base") ? "" : r.reason().replaceFirst("^after line (\\d+) .*", "after line $1");
            if (several && r.from() != null) {
                why = "from " + r.from();
            }
            if (r.expensive()) {
                why = why.isEmpty() ? "~ expensive" : why + " (~ expensive)";
            }
            List<String> whyLines = Wrap.lines(why, WIDTH - whyColumn);
            out.println(String.format(" %5d  %-" + ROW_TEXT + "s  %s %s", r.line(), cut(r.text(), ROW_TEXT), status,
                    whyLines.get(0)).stripTrailing());
            for (String more : whyLines.subList(1, whyLines.size())) {
                out.println(" ".repeat(whyColumn) + more);
            }
        }
        out.println();
        long expensiveRebuilt = e.rows().stream().filter(r -> r.expensive() && r.status().equals("REBUILT")).count();
        long expensive = e.rows().stream().filter(r -> r.expensive() && !r.status().equals("SKIPPED")).count();
        String tail;
        if (expensive == 0) {
            tail = "";
        } else if (expensiveRebuilt == 0) {
            tail = expensive == 1 ? "; the expensive step stays cached" : "; all " + expensive
                    + " expensive steps stay cached";
        } else {
            List<String> which = new ArrayList<>();
            e.rows().stream().filter(r -> r.expensive() && r.status().equals("REBUILT"))
                    .forEach(r -> which.add(r.cost() + " (line " + r.line() + ")"));
            tail = "; " + expensiveRebuilt + " of " + expensive + " expensive step" + (expensive == 1 ? "" : "s")
                    + " rerun: " + String.join(", ", which);
        }
        for (String line : Wrap.lines(e.rebuilt() + " of " + e.steps() + " steps rebuilt" + tail + ".", WIDTH)) {
            out.println(line);
        }
        out.flush();
    }

    public void matrix(String path, String builder, CacheMatrix before, CacheMatrix after, PrintWriter out) {
        out.println(bold(path) + " (" + builder + ")");
        out.println("  what each kind of change rebuilds: " + paint("●", Ansi.Color.RED) + " rebuilt, · cached");
        out.println();
        List<CacheMatrix.Column> columns = before.columns();
        int shown = Math.min(columns.size(), MAX_COLUMNS);
        StringBuilder head = new StringBuilder(String.format(" %5s  %-" + TEXT_WIDTH + "s ", "line", "step"));
        for (int c = 0; c < shown; c++) {
            head.append(String.format("%4s", key(c)));
        }
        out.println(head);
        for (CacheMatrix.Row r : before.rows()) {
            String text = cut(r.text(), TEXT_WIDTH - (r.expensive() ? 2 : 0)) + (r.expensive() ? " ~" : "");
            StringBuilder line = new StringBuilder(String.format(" %5d  %-" + TEXT_WIDTH + "s ", r.line(), text));
            for (int c = 0; c < shown; c++) {
                line.append("   ").append(r.rebuilt().get(c) ? paint("●", Ansi.Color.RED) : dim("·"));
            }
            out.println(line);
        }
        out.println();
        for (int c = 0; c < shown; c++) {
            out.println(" " + key(c) + "  " + cut(columns.get(c).label(), WIDTH - 4));
        }
        if (columns.size() > shown) {
            out.println(" (" + (columns.size() - shown) + " more columns in --format json)");
        }
        out.println(" ~  an expensive step (installs, downloads, compiles)");
        out.println();
        boolean any = false;
        for (CacheMatrix.Column c : columns) {
            if (!c.key().equals("source") && !c.perBuild()) {
                continue;
            }
            double now = before.redone(c.key());
            if (Double.isNaN(now)) {
                continue;
            }
            double fixed = after == null ? Double.NaN : after.redone(c.key());
            String what = c.key().equals("source") ? "a source edit" : "a new " + c.key().substring(4)
                    + " (every build)";
            for (String line : Wrap.lines("expensive work redone by " + what + ": " + percent(now)
                    + (Double.isNaN(fixed) ? "" : "; after the fixes layerlint would apply: " + percent(fixed)),
                    WIDTH)) {
                out.println(line);
            }
            any = true;
        }
        if (!any) {
            out.println("no source edit or per-build argument reaches an expensive step");
        }
        out.flush();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    static String key(int c) {
        return String.valueOf((char) ('A' + c));
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private String paint(String text, Ansi.Color c) {
        return color ? Ansi.ansi().fg(c).a(text).reset().toString() : text;
    }

    private String bold(String text) {
        return color ? Ansi.ansi().bold().a(text).reset().toString() : text;
    }

    private String dim(String text) {
        return color ? Ansi.ansi().fgBrightBlack().a(text).reset().toString() : text;
    }
}
