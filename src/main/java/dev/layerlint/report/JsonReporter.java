package dev.layerlint.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.layerlint.fix.Edit;
import dev.layerlint.json.JsonText;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.Severity;
import dev.layerlint.source.Span;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The machine format documented in docs/json-output.md (schema version 1). */
public final class JsonReporter implements Reporter {
    public static final int SCHEMA_VERSION = 1;
    private final String toolVersion;

    public JsonReporter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public void report(List<FileReport> reports, PrintWriter out) {
        JsonObject root = new JsonObject();
        root.addProperty("version", SCHEMA_VERSION);
        JsonObject tool = new JsonObject();
        tool.addProperty("name", "layerlint");
        tool.addProperty("version", toolVersion);
        root.add("tool", tool);
        JsonArray files = new JsonArray();
        for (FileReport report : reports) {
            JsonObject file = new JsonObject();
            file.addProperty("path", report.path());
            if (report.inputError() == null) {
                file.add("error", JsonNull.INSTANCE);
            } else {
                JsonObject error = new JsonObject();
                error.addProperty("message", report.inputError().getMessage());
                if (report.inputError().line() > 0) {
                    error.addProperty("line", report.inputError().line());
                    error.addProperty("column", report.inputError().column());
                }
                file.add("error", error);
            }
            JsonArray findings = new JsonArray();
            for (Finding f : report.findings()) {
                findings.add(finding(f));
            }
            file.add("findings", findings);
            files.add(file);
        }
        root.add("files", files);
        Summary s = Summary.of(reports);
        JsonObject summary = new JsonObject();
        summary.addProperty("files", s.files());
        summary.addProperty("unreadable", s.unreadable());
        summary.addProperty("findings", s.findings());
        for (Severity severity : Severity.values()) {
            summary.addProperty(severity.label(), s.count(severity));
        }
        root.add("summary", summary);
        JsonText.write(root, out, JsonText.PLAIN); // to the writer: no string of the whole report in memory
        out.println();
        out.flush();
    }

    private static JsonObject finding(Finding f) {
        JsonObject o = new JsonObject();
        o.addProperty("code", f.rule().code());
        o.addProperty("name", f.rule().name());
        o.addProperty("severity", f.severity().label());
        o.addProperty("message", f.message());
        o.add("location", location(f.span()));
        if (f.fix() == null) {
            o.add("fix", JsonNull.INSTANCE);
        } else {
            JsonObject fix = new JsonObject();
            fix.addProperty("title", f.fix().title());
            fix.addProperty("safety", f.fix().safety().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            JsonArray edits = new JsonArray();
            for (Edit e : f.fix().edits()) {
                JsonObject edit = new JsonObject();
                if (e.file() != null) {
                    edit.addProperty("file", e.file());
                }
                edit.addProperty("start", e.start());
                edit.addProperty("end", e.end());
                edit.addProperty("replacement", e.replacement());
                edits.add(edit);
            }
            fix.add("edits", edits);
            o.add("fix", fix);
        }
        return o;
    }

    private static JsonObject location(Span span) {
        JsonObject o = new JsonObject();
        JsonObject start = new JsonObject();
        start.addProperty("line", span.startLine());
        start.addProperty("column", span.startColumn());
        JsonObject end = new JsonObject();
        end.addProperty("line", span.endLine());
        end.addProperty("column", span.endColumn());
        o.add("start", start);
        o.add("end", end);
        return o;
    }
}
