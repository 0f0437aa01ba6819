package dev.layerlint.report;

import dev.layerlint.rule.Finding;
import dev.layerlint.rule.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the
 * pull request diff, which GitHub places only by a path relative to the
 * repository root ({@link ReportPaths#repositoryRelative}).
 */
public final class GithubReporter implements Reporter {
    private final ReportPaths paths;

    public GithubReporter() {
        this(ReportPaths.current());
    }

    public GithubReporter(ReportPaths paths) {
        this.paths = paths;
    }

    @Override
    public void report(List<FileReport> reports, PrintWriter out) {
        for (FileReport r : reports) {
            String file = property(paths.repositoryRelative(r));
            if (r.inputError() != null) {
                var e = r.inputError();
                out.println("::error file=" + file + (e.line() > 0 ? ",line=" + e.line() + ",col=" + e.column() : "")
                        + ",title=layerlint::" + data(e.getMessage()));
                continue;
            }
            for (Finding f : r.findings()) {
                String level = f.severity() == Severity.ERROR ? "error"
                        : f.severity() == Severity.WARNING ? "warning" : "notice";
                out.println("::" + level + " file=" + file + ",line=" + f.span().startLine()
                        + ",col=" + f.span().startColumn() + ",endLine=" + f.span().endLine() + ",endColumn="
                        + f.span().endColumn() + ",title=" + property(f.rule().code() + " " + f.rule().name())
                        + "::" + data(f.message()));
            }
        }
        out.flush();
    }

    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
