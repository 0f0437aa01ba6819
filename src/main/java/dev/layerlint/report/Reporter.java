package dev.layerlint.report;

import java.io.PrintWriter;
import java.util.List;

/** Writes the findings of a run in one output format. */
public interface Reporter {
    void report(List<FileReport> reports, PrintWriter out);
}
