package dev.layerlint.report;

import dev.layerlint.fix.Fix;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.Severity;
import dev.layerlint.source.SourceText;
import dev.layerlint.source.Span;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.fusesource.jansi.Ansi;

/**
 * The human format: {@code path:line:col: severity CODE name}, a code frame
 * with a caret under the offending text and the message, then a summary.
 */
public final class TextReporter implements Reporter {
    private final boolean color;
    private final boolean quiet;

    public TextReporter(boolean color, boolean quiet) {
        this.color = color;
        this.quiet = quiet;
    }

    @Override
    public void report(List<FileReport> reports, PrintWriter out) {
        for (FileReport report : reports) {
            if (report.inputError() != null) {
                out.println(paint(report.inputError().describe().replaceFirst(": ", ": error: "), Ansi.Color.RED,
                        true));
                out.println();
                continue;
            }
            for (Finding finding : report.findings()) {
                finding(report, finding, out);
            }
        }
        if (!quiet) {
            out.println(summary(Summary.of(reports)) + fixable(reports));
        }
        out.flush();
    }

    private void finding(FileReport report, Finding f, PrintWriter out) {
        Span span = f.span();
        String head = report.path() + ":" + span.startLine() + ":" + span.startColumn() + ": ";
        out.println(bold(head) + paint(f.severity().label(), severityColor(f.severity()), true) + " "
                + paint(f.rule().code(), severityColor(f.severity()), false) + " " + f.rule().name());
        SourceText source = report.source();
        String lineNo = String.valueOf(span.startLine());
        String pad = " ".repeat(lineNo.length());
        out.println(dim(pad + " │"));
        String line = redacted(source.line(span.startLine()), span.startLine(), f).replace('\t', ' ');
        out.println(dim(lineNo + " │ ") + line);
        int from = span.startColumn() - 1;
        int to = span.endLine() == span.startLine() ? span.endColumn() - 1 : line.length();
        int width = Math.max(1, to - from);
        String caret = dim(pad + " │ ") + " ".repeat(from) + paint("^".repeat(width), severityColor(f.severity()), true);
        if (from + width <= 36) {
            List<String> message = wrap(f.message(), 76 - pad.length() - from - width);
            out.println(caret + " " + message.get(0));
            String indent = " ".repeat(from + width + 1);
            for (String more : message.subList(1, message.size())) {
                out.println(dim(pad + " │ ") + indent + more);
            }
        } else {
            // a caret far to the right: the message goes below it, indented
            out.println(caret);
            for (String part : wrap(f.message(), 72 - pad.length())) {
                out.println(dim(pad + " │ ") + "    " + part);
            }
        }
        if (f.fix() != null) {
            String safety = switch (f.fix().safety()) {
                case SAFE -> "fix";
                case UNSAFE -> "unsafe fix (--unsafe-fixes)";
                case DISPLAY_ONLY -> "suggestion";
            };
            List<String> fix = wrap(safety + ": " + f.fix().title(), 74 - pad.length());
            out.println(dim(pad + " = ") + paint(fix.get(0), Ansi.Color.GREEN, false));
            for (String more : fix.subList(1, fix.size())) {
                out.println(dim(pad + "   ") + "  " + paint(more, Ansi.Color.GREEN, false));
            }
        }
        out.println();
    }

    /** Word-wraps a message to a width (at least 30 columns, so narrow frames stay readable). */
    static List<String> wrap(String message, int width) {
        return Wrap.lines(message, Math.max(30, width));
    }

    /** " (2 fixable with --fix; 1 more with --unsafe-fixes)", or "". */
    static String fixable(List<FileReport> reports) {
        int safe = 0;
        int unsafe = 0;
        for (FileReport r : reports) {
            for (Finding f : r.findings()) {
                if (f.fix() != null && f.fix().safety() == Fix.Safety.SAFE) {
                    safe++;
                } else if (f.fix() != null && f.fix().safety() == Fix.Safety.UNSAFE) {
                    unsafe++;
                }
            }
        }
        if (safe == 0 && unsafe == 0) {
            return "";
        }
        String s = safe > 0 ? safe + " fixable with --fix" : "";
        if (unsafe > 0) {
            s += (s.isEmpty() ? "" : "; ") + unsafe + (safe > 0 ? " more" : "") + " with --unsafe-fixes";
        }
        return " (" + s + ")";
    }

    static String summary(Summary s) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            int n = s.count(severity);
            if (n > 0) {
                parts.add(n + " " + severity.label() + (n == 1 || severity == Severity.STYLE || severity == Severity.INFO ? "" : "s"));
            }
        }
        int linted = s.files() - s.unreadable();
        String unreadable = s.unreadable() == 0 ? ""
                : s.unreadable() + " input" + (s.unreadable() == 1 ? "" : "s") + " could not be linted";
        if (linted == 0 && s.unreadable() > 0) {
            return "Nothing linted; " + unreadable; // not "no problems found": there was nothing to look at
        }
        String files = linted + " file" + (linted == 1 ? "" : "s");
        String counts = parts.isEmpty() ? "No problems found in " + files : String.join(", ", parts) + " in " + files;
        return unreadable.isEmpty() ? counts : counts + "; " + unreadable;
    }

    private static Ansi.Color severityColor(Severity s) {
        return switch (s) {
            case ERROR -> Ansi.Color.RED;
            case WARNING -> Ansi.Color.YELLOW;
            case INFO -> Ansi.Color.CYAN;
            case STYLE -> Ansi.Color.MAGENTA;
        };
    }

    private String paint(String text, Ansi.Color c, boolean bold) {
        if (!color) {
            return text;
        }
        Ansi a = Ansi.ansi();
        if (bold) {
            a = a.bold();
        }
        return a.fg(c).a(text).reset().toString();
    }

    private String bold(String text) {
        return color ? Ansi.ansi().bold().a(text).reset().toString() : text;
    }

    private String dim(String text) {
        return color ? Ansi.ansi().fgBrightBlack().a(text).reset().toString() : text;
    }

    /** The line with every secret range of the finding on it masked (its first 4 characters kept). */
    static String redacted(String line, int lineNo, Finding f) {
        if (f.redact().isEmpty()) {
            return line;
        }
        char[] chars = line.toCharArray();
        for (Span r : f.redact()) {
            if (r.startLine() > lineNo || r.endLine() < lineNo) {
                continue;
            }
            int from = r.startLine() == lineNo ? r.startColumn() - 1 : 0;
            int to = r.endLine() == lineNo ? r.endColumn() - 1 : chars.length;
            for (int k = Math.max(0, from + 4); k < Math.min(chars.length, to); k++) {
                chars[k] = '*';
            }
        }
        return new String(chars);
    }
}
