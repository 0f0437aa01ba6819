package dev.layerlint.report;

import dev.layerlint.rule.Finding;
import java.io.PrintWriter;
import java.util.List;

/** {@code path:line:col: severity: message [CODE]}, one a line: for editors and IDE problem matchers. */
public final class GnuReporter implements Reporter {
    @Override
    public void report(List<FileReport> reports, PrintWriter out) {
        for (FileReport r : reports) {
            if (r.inputError() != null) {
                var e = r.inputError();
                out.println(e.path() + ":" + Math.max(1, e.line()) + ":" + Math.max(1, e.column()) + ": error: "
                        + e.getMessage());
                continue;
            }
            for (Finding f : r.findings()) {
                out.println(r.path() + ":" + f.span().startLine() + ":" + f.span().startColumn() + ": "
                        + f.severity().label() + ": " + f.message() + " [" + f.rule().code() + "]");
            }
        }
        out.flush();
    }
}
