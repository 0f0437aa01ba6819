package dev.layerlint.report;

import dev.layerlint.rule.Finding;
import java.io.PrintWriter;
import java.util.List;

/** JUnit XML: a test case per file, failing with its findings (CI test tabs show them). */
public final class JunitReporter implements Reporter {
    @Override
    public void report(List<FileReport> reports, PrintWriter out) {
        int failures = 0;
        int errors = 0;
        for (FileReport r : reports) {
            if (r.inputError() != null) {
                errors++;
            } else if (!r.findings().isEmpty()) {
                failures++;
            }
        }
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"layerlint\" tests=\"" + reports.size() + "\" failures=\"" + failures
                + "\" errors=\"" + errors + "\">");
        out.println("  <testsuite name=\"layerlint\" tests=\"" + reports.size() + "\" failures=\"" + failures
                + "\" errors=\"" + errors + "\">");
        for (FileReport r : reports) {
            out.print("    <testcase classname=\"layerlint\" name=\"" + Xml.escape(r.path()) + "\"");
            if (r.inputError() != null) {
                out.println(">");
                out.println("      <error message=\"" + Xml.escape(r.inputError().getMessage()) + "\"/>");
                out.println("    </testcase>");
            } else if (r.findings().isEmpty()) {
                out.println("/>");
            } else {
                out.println(">");
                StringBuilder body = new StringBuilder();
                for (Finding f : r.findings()) {
                    body.append(r.path()).append(':').append(f.span().startLine()).append(':')
                            .append(f.span().startColumn()).append(": ").append(f.severity().label()).append(' ')
                            .append(f.rule().code()).append(' ').append(f.message()).append('\n');
                }
                out.println("      <failure message=\"" + r.findings().size() + " finding"
                        + (r.findings().size() == 1 ? "" : "s") + "\" type=\"layerlint\">" + Xml.escape(body.toString())
                        + "</failure>");
                out.println("    </testcase>");
            }
        }
        out.println("  </testsuite>");
        out.println("</testsuites>");
        out.flush();
    }
}
