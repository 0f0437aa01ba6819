package dev.layerlint.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.layerlint.json.JsonText;
import dev.layerlint.rule.Finding;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * GitLab Code Quality JSON. Fingerprints hash the path, the rule and the
 * offending source line's text (not its line number), with an occurrence
 * count, so a finding keeps its fingerprint when lines above it move.
 * Paths are relative to the repository ({@link ReportPaths#repositoryRelative}),
 * which is what GitLab matches against the merge request's files. An input
 * that could not be linted is an issue too (GitLab has no other place to
 * show it): {@code check_name} {@value #UNREADABLE_INPUT}, severity critical.
 */
public final class GitlabReporter implements Reporter {
    static final String UNREADABLE_INPUT = "unreadable-input";

    private final ReportPaths paths;

    public GitlabReporter() {
        this(ReportPaths.current());
    }

    public GitlabReporter(ReportPaths paths) {
        this.paths = paths;
    }

    @Override
    public void report(List<FileReport> reports, PrintWriter out) {
        JsonArray issues = new JsonArray();
        for (FileReport r : reports) {
            String path = paths.repositoryRelative(r);
            if (r.inputError() != null) {
                JsonObject o = new JsonObject();
                o.addProperty("description", "layerlint could not lint this file: " + r.inputError().getMessage());
                o.addProperty("check_name", UNREADABLE_INPUT);
                o.addProperty("fingerprint", sha256(path + "\0" + UNREADABLE_INPUT));
                o.addProperty("severity", "critical");
                o.add("location", location(path, Math.max(1, r.inputError().line()), Math.max(1,
                        r.inputError().line())));
                issues.add(o);
                continue;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (Finding f : r.findings()) {
                String line = r.source() == null ? "" : r.source().line(f.span().startLine()).strip();
                String base = path + "\0" + f.rule().code() + "\0" + line;
                int n = seen.merge(base, 1, Integer::sum);
                JsonObject o = new JsonObject();
                o.addProperty("description", f.rule().code() + " " + f.rule().name() + ": " + f.message());
                o.addProperty("check_name", f.rule().code());
                o.addProperty("fingerprint", sha256(base + "\0" + n));
                o.addProperty("severity", switch (f.severity()) {
                    case ERROR -> "critical";
                    case WARNING -> "major";
                    case INFO -> "minor";
                    case STYLE -> "info";
                });
                o.add("location", location(path, f.span().startLine(), f.span().endLine()));
                issues.add(o);
            }
        }
        JsonText.write(issues, out, JsonText.OMIT_NULLS);
        out.println();
        out.flush();
    }

    private static JsonObject location(String path, int begin, int end) {
        JsonObject location = new JsonObject();
        location.addProperty("path", path);
        JsonObject lines = new JsonObject();
        lines.addProperty("begin", begin);
        lines.addProperty("end", end);
        location.add("lines", lines);
        return location;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
