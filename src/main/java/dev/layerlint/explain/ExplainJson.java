package dev.layerlint.explain;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.layerlint.json.JsonText;

/** explain's JSON (version 1, docs/json-output.md): the same rows and columns as the text form. */
public final class ExplainJson {
    private ExplainJson() {
    }

    public static String explanation(Explanation e) {
        return JsonText.toString(object(e), JsonText.PLAIN) + "\n";
    }

    /** The explanation as a JSON object (what {@link #explanation} prints; explain --pipeline nests it per build). */
    public static JsonObject object(Explanation e) {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        root.addProperty("path", e.path());
        root.addProperty("builder", e.builder());
        if (e.store() != null) {
            root.addProperty("store", e.store());
        }
        JsonArray builds = new JsonArray();
        e.builds().forEach(builds::add);
        root.add("comparedWith", builds);
        JsonArray changes = new JsonArray();
        e.changes().forEach(changes::add);
        root.add("changes", changes);
        JsonArray rows = new JsonArray();
        for (Explanation.Row r : e.rows()) {
            JsonObject o = new JsonObject();
            o.addProperty("line", r.line());
            o.addProperty("stage", r.stage());
            o.addProperty("step", r.text());
            o.addProperty("status", r.status());
            o.add("reason", r.reason() == null ? JsonNull.INSTANCE : new JsonPrimitive(r.reason()));
            o.addProperty("expensive", r.expensive());
            o.add("from", r.from() == null ? JsonNull.INSTANCE : new JsonPrimitive(r.from()));
            rows.add(o);
        }
        root.add("steps", rows);
        JsonObject summary = new JsonObject();
        summary.addProperty("steps", e.steps());
        summary.addProperty("rebuilt", e.rebuilt());
        root.add("summary", summary);
        return root;
    }

    public static String matrix(String path, String builder, CacheMatrix before, CacheMatrix after) {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        root.addProperty("path", path);
        root.addProperty("builder", builder);
        JsonArray columns = new JsonArray();
        for (CacheMatrix.Column c : before.columns()) {
            JsonObject o = new JsonObject();
            o.addProperty("key", c.key());
            o.addProperty("label", c.label());
            o.addProperty("perBuild", c.perBuild());
            double now = before.redone(c.key());
            o.add("expensiveRedone", Double.isNaN(now) ? JsonNull.INSTANCE : new JsonPrimitive(round(now)));
            double fixed = after == null ? Double.NaN : after.redone(c.key());
            o.add("expensiveRedoneAfterFixes", Double.isNaN(fixed) ? JsonNull.INSTANCE
                    : new JsonPrimitive(round(fixed)));
            columns.add(o);
        }
        root.add("columns", columns);
        JsonArray rows = new JsonArray();
        for (CacheMatrix.Row r : before.rows()) {
            JsonObject o = new JsonObject();
            o.addProperty("line", r.line());
            o.addProperty("stage", r.stage());
            o.addProperty("step", r.text());
            o.addProperty("expensive", r.expensive());
            JsonArray cells = new JsonArray();
            r.rebuilt().forEach(cells::add);
            o.add("rebuilt", cells);
            rows.add(o);
        }
        root.add("steps", rows);
        return JsonText.toString(root, JsonText.PLAIN).replaceAll("\\[\\s+((true|false)(,\\s+(true|false))*)\\s+]",
                "[$1]").replaceAll(",\\s+(true|false)(?=[,\\]])", ", $1") + "\n";
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
