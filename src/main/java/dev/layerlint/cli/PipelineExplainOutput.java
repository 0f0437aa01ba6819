package dev.layerlint.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.layerlint.explain.ExplainJson;
import dev.layerlint.explain.ExplainText;
import dev.layerlint.json.JsonText;
import dev.layerlint.pipeline.Pipeline;
import dev.layerlint.report.Wrap;
import dev.layerlint.rules.ci.PipelineExplain;
import java.io.PrintWriter;
import java.util.List;

/**
 * explain --pipeline's text and JSON: per build, where the pipeline runs it and what its next run sees (the
 * facts, each naming its pipeline line), then explain's own step table or JSON object for its Dockerfile.
 */
final class PipelineExplainOutput {
    private static final int WIDTH = 80;

    private final boolean color;

    PipelineExplainOutput(boolean color) {
        this.color = color;
    }

    void text(Pipeline p, List<PipelineExplain.Run> runs, PrintWriter out) {
        for (String line : Wrap.lines(p.source().path() + " (" + p.platform().label() + "): the next run, "
                + (runs.size() == 1 ? "1 build" : runs.size() + " builds"), WIDTH)) {
            out.println(line);
        }
        if (runs.isEmpty()) {
            out.println("  no image build found");
        }
        for (PipelineExplain.Run r : runs) {
            out.println();
            for (String line : Wrap.lines("line " + r.build().span.startLine() + ": " + r.build().tool
                    + (r.dockerfile() == null ? "" : " builds " + r.dockerfile()), WIDTH)) {
                out.println(line);
            }
            for (String fact : r.facts()) {
                wrapped(fact, out);
            }
            if (r.explanation() == null) {
                wrapped("not explained: " + r.problem(), out);
                continue;
            }
            out.println();
            new ExplainText(color).explanation(r.explanation(), out);
        }
        out.flush();
    }

    private static void wrapped(String text, PrintWriter out) {
        List<String> lines = Wrap.lines(text, WIDTH - 4);
        out.println("  " + lines.get(0));
        for (String more : lines.subList(1, lines.size())) {
            out.println("    " + more);
        }
    }

    static String json(Pipeline p, List<PipelineExplain.Run> runs) {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        root.addProperty("pipeline", p.source().path());
        root.addProperty("platform", p.platform().label());
        JsonArray builds = new JsonArray();
        for (PipelineExplain.Run r : runs) {
            JsonObject o = new JsonObject();
            o.addProperty("job", r.build().job.name());
            o.addProperty("line", r.build().span.startLine());
            o.addProperty("tool", r.build().tool);
            o.add("dockerfile", r.dockerfile() == null ? JsonNull.INSTANCE : new JsonPrimitive(r.dockerfile()));
            JsonArray facts = new JsonArray();
            r.facts().forEach(facts::add);
            o.add("facts", facts);
            o.add("problem", r.problem() == null ? JsonNull.INSTANCE : new JsonPrimitive(r.problem()));
            o.add("explanation", r.explanation() == null ? JsonNull.INSTANCE : ExplainJson.object(r.explanation()));
            builds.add(o);
        }
        root.add("builds", builds);
        return JsonText.toString(root, JsonText.PLAIN) + "\n";
    }
}
