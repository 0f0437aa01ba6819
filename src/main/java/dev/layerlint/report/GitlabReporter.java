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
 */
public final class GitlabReporter implements Reporter {
    @Override
    public void report(List<FileReport> reports, PrintWriter out) {
        JsonArray issues = new JsonArray();
        for (FileReport r : reports) {
            Map<String, Integer> seen = new HashMap<>();
            for (Finding f : r.findings()) {
                String line = r.source() == null ? "" : r.source().line(f.span().startLine()).strip();
                String base = r.path() + "\0" + f.rule().code() + "\0" + line;
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
                JsonObject location = new JsonObject();
                location.addProperty("path", r.path());
                JsonObject lines = new JsonObject();
                lines.addProperty("begin", f.span().startLine());
                lines.addProperty("end", f.span().endLine());
                location.add("lines", lines);
                o.add("location", location);
                issues.add(o);
            }
        }
        JsonText.write(issues, out, JsonText.OMIT_NULLS);
        out.println();
        out.flush();
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
