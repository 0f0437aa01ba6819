package dev.layerlint.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.json.JsonText;
import dev.layerlint.rule.Category;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.source.InputException;
import dev.layerlint.source.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0: rule metadata from the registry (help text from the rule
 * docs), results with exact regions, applicable fixes as SARIF fixes, and
 * unreadable inputs as tool execution notifications.
 */
public final class SarifReporter implements Reporter {
    /** The id of the notification for an input that could not be linted. */
    static final String UNREADABLE_INPUT = "unreadable-input";

    private final String version;
    private final List<RuleInfo> rules;
    private final ReportPaths paths;

    public SarifReporter(String version, List<RuleInfo> rules) {
        this(version, rules, ReportPaths.current());
    }

    public SarifReporter(String version, List<RuleInfo> rules, ReportPaths paths) {
        this.version = version;
        this.rules = List.copyOf(rules);
        this.paths = paths;
    }

    @Override
    public void report(List<FileReport> reports, PrintWriter out) {
        JsonObject root = new JsonObject();
        root.addProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.addProperty("version", "2.1.0");
        JsonObject run = new JsonObject();
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "layerlint");
        driver.addProperty("version", version);
        JsonArray ruleArray = new JsonArray();
        Map<String, Integer> index = new HashMap<>();
        // only the rules that have results: with ~100 rules and their documentation, listing all of them
        // would make every report a quarter megabyte
        Set<String> used = new HashSet<>();
        reports.stream().filter(r -> r.findings() != null).forEach(r -> r.findings().forEach(f -> used.add(f.rule().code())));
        for (RuleInfo r : rules) {
            if (!used.contains(r.code())) {
                continue;
            }
            index.put(r.code(), ruleArray.size());
            JsonObject o = new JsonObject();
            o.addProperty("id", r.code());
            o.addProperty("name", r.name());
            o.add("shortDescription", text(r.summary()));
            String doc = doc(r);
            o.add("fullDescription", text(section(doc, "## What it does", r.summary())));
            JsonObject help = new JsonObject();
            help.addProperty("text", doc.isEmpty() ? r.summary() : doc);
            help.addProperty("markdown", doc.isEmpty() ? r.summary() : doc);
            o.add("help", help);
            JsonObject config = new JsonObject();
            config.addProperty("level", level(r.severity()));
            o.add("defaultConfiguration", config);
            JsonObject props = new JsonObject();
            JsonArray tags = new JsonArray();
            tags.add(Category.of(r.code()).label());
            props.add("tags", tags);
            o.add("properties", props);
            ruleArray.add(o);
        }
        driver.add("rules", ruleArray);
        if (reports.stream().anyMatch(r -> r.inputError() != null)) {
            JsonArray descriptors = new JsonArray();
            JsonObject unreadable = new JsonObject();
            unreadable.addProperty("id", UNREADABLE_INPUT);
            unreadable.add("shortDescription", text("An input could not be linted: missing, not readable, a "
                    + "directory without Dockerfiles, binary or not UTF-8"));
            JsonObject config = new JsonObject();
            config.addProperty("level", "error");
            unreadable.add("defaultConfiguration", config);
            descriptors.add(unreadable);
            driver.add("notifications", descriptors);
        }
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        run.add("tool", tool);

        boolean relative = false;
        JsonArray results = new JsonArray();
        JsonArray notifications = new JsonArray();
        for (FileReport r : reports) {
            ReportPaths.SarifUri uri = paths.sarif(r);
            relative |= uri.uriBaseId() != null;
            if (r.inputError() != null) {
                // a tool execution notification, not a result: the file was not analysed
                JsonObject n = new JsonObject();
                n.addProperty("level", "error");
                n.add("message", text(r.inputError().describe()));
                JsonObject descriptor = new JsonObject();
                descriptor.addProperty("id", UNREADABLE_INPUT);
                descriptor.addProperty("index", 0);
                n.add("descriptor", descriptor);
                JsonArray locations = new JsonArray();
                locations.add(location(uri, r.inputError().line() > 0 ? r.inputError() : null));
                n.add("locations", locations);
                notifications.add(n);
                continue;
            }
            for (Finding f : r.findings()) {
                JsonObject res = new JsonObject();
                res.addProperty("ruleId", f.rule().code());
                Integer i = index.get(f.rule().code());
                if (i != null) {
                    res.addProperty("ruleIndex", i);
                }
                res.addProperty("level", level(f.severity()));
                res.add("message", text(f.message()));
                JsonArray locations = new JsonArray();
                locations.add(location(uri, f.span()));
                res.add("locations", locations);
                Fix fix = f.fix();
                if (fix != null && fix.safety() != Fix.Safety.DISPLAY_ONLY && !fix.edits().isEmpty()
                        && fix.edits().stream().allMatch(e -> e.file() == null)) {
                    res.add("fixes", fixes(uri, fix));
                }
                results.add(res);
            }
        }
        if (relative) {
            JsonObject srcroot = new JsonObject();
            srcroot.addProperty("uri", paths.rootUri());
            JsonObject bases = new JsonObject();
            bases.add(ReportPaths.SRCROOT, srcroot);
            run.add("originalUriBaseIds", bases);
        }
        run.add("results", results);
        JsonObject invocation = new JsonObject();
        invocation.addProperty("executionSuccessful", notifications.isEmpty());
        if (!notifications.isEmpty()) {
            invocation.add("toolExecutionNotifications", notifications);
        }
        JsonArray invocations = new JsonArray();
        invocations.add(invocation);
        run.add("invocations", invocations);
        JsonArray runs = new JsonArray();
        runs.add(run);
        root.add("runs", runs);
        JsonText.write(root, out, JsonText.OMIT_NULLS);
        out.println();
        out.flush();
    }

    private static JsonArray fixes(ReportPaths.SarifUri uri, Fix fix) {
        JsonObject change = new JsonObject();
        change.add("artifactLocation", artifact(uri));
        JsonArray replacements = new JsonArray();
        for (Edit e : fix.edits()) {
            JsonObject rep = new JsonObject();
            JsonObject deleted = new JsonObject();
            deleted.addProperty("charOffset", e.start());
            deleted.addProperty("charLength", e.end() - e.start());
            rep.add("deletedRegion", deleted);
            JsonObject inserted = new JsonObject();
            inserted.addProperty("text", e.replacement());
            rep.add("insertedContent", inserted);
            replacements.add(rep);
        }
        change.add("replacements", replacements);
        JsonArray changes = new JsonArray();
        changes.add(change);
        JsonObject sarifFix = new JsonObject();
        sarifFix.add("description", text(fix.title() + (fix.safety() == Fix.Safety.UNSAFE ? " (unsafe)" : "")));
        sarifFix.add("artifactChanges", changes);
        JsonArray out = new JsonArray();
        out.add(sarifFix);
        return out;
    }

    private static JsonObject location(ReportPaths.SarifUri uri, Span span) {
        JsonObject region = new JsonObject();
        region.addProperty("startLine", span.startLine());
        region.addProperty("startColumn", span.startColumn());
        region.addProperty("endLine", span.endLine());
        region.addProperty("endColumn", Math.max(span.endColumn(), span.startLine() == span.endLine()
                ? span.startColumn() : 1));
        return location(uri, region);
    }

    /** The file of an unreadable input, with the place of the problem when it has one. */
    private static JsonObject location(ReportPaths.SarifUri uri, InputException at) {
        JsonObject region = null;
        if (at != null) {
            region = new JsonObject();
            region.addProperty("startLine", at.line());
            region.addProperty("startColumn", Math.max(1, at.column()));
        }
        return location(uri, region);
    }

    private static JsonObject location(ReportPaths.SarifUri uri, JsonObject region) {
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact(uri));
        if (region != null) {
            physical.add("region", region);
        }
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        return location;
    }

    private static JsonObject artifact(ReportPaths.SarifUri uri) {
        JsonObject artifact = new JsonObject();
        artifact.addProperty("uri", uri.uri());
        if (uri.uriBaseId() != null) {
            artifact.addProperty("uriBaseId", uri.uriBaseId());
        }
        return artifact;
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, STYLE -> "note";
        };
    }

    private static JsonObject text(String s) {
        JsonObject o = new JsonObject();
        o.addProperty("text", s);
        return o;
    }

    private static String doc(RuleInfo r) {
        try (InputStream in = SarifReporter.class.getResourceAsStream("/rules/" + r.docFile())) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String section(String doc, String heading, String fallback) {
        int at = doc.indexOf(heading + "\n");
        if (at < 0) {
            return fallback;
        }
        String rest = doc.substring(at + heading.length() + 1).strip();
        int next = rest.indexOf("\n## ");
        return (next < 0 ? rest : rest.substring(0, next)).strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
