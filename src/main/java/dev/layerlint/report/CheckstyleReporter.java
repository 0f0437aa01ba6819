package dev.layerlint.report;

import dev.layerlint.rule.Finding;
import dev.layerlint.rule.Severity;
import java.io.PrintWriter;
import java.util.List;

/** Checkstyle XML, which Jenkins, SonarQube and many CI dashboards import. */
public final class CheckstyleReporter implements Reporter {
    @Override
    public void report(List<FileReport> reports, PrintWriter out) {
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<checkstyle version=\"4.3\">");
        for (FileReport r : reports) {
            out.println("  <file name=\"" + Xml.escape(r.path()) + "\">");
            if (r.inputError() != null) {
                out.println("    <error line=\"" + Math.max(1, r.inputError().line()) + "\" severity=\"error\" message=\""
                        + Xml.escape(r.inputError().getMessage()) + "\" source=\"layerlint.input\"/>");
            }
            for (Finding f : r.findings()) {
                String severity = f.severity() == Severity.ERROR ? "error"
                        : f.severity() == Severity.WARNING ? "warning" : "info";
                out.println("    <error line=\"" + f.span().startLine() + "\" column=\"" + f.span().startColumn()
                        + "\" severity=\"" + severity + "\" message=\"" + Xml.escape(f.message() + " ["
                        + f.rule().code() + "]") + "\" source=\"layerlint." + f.rule().code() + "\"/>");
            }
            out.println("  </file>");
        }
        out.println("</checkstyle>");
        out.flush();
    }
}
