package dev.layerlint.pipeline;

import dev.layerlint.source.Span;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One step of a job: an Azure task or script, a GitHub {@code uses}/{@code run}
 * step, or one line of a GitLab {@code script}. {@code kind} is the task or
 * action name without its version ({@code Docker}, {@code docker/build-push-action})
 * or {@code script}; {@code version} is the part after {@code @}; {@code span}
 * the key that starts it; {@code scripts} its shell text; {@code inputs} its
 * {@code inputs:}/{@code with:} mapping (null when none).
 */
public record Step(int index, String kind, String version, String name, Span span, Node node, Node inputs,
                   List<MappedText> scripts, boolean powershell, Map<String, Vars.Value> env) {
    public String label() {
        String k = version.isEmpty() ? kind : kind + "@" + version;
        return name == null || name.isEmpty() ? k : k + " (" + name + ")";
    }

    public String input(String key) {
        return Yaml.str(Yaml.getIgnoreCase(inputs, key));
    }

    public boolean is(String kindName) {
        return kind.equalsIgnoreCase(kindName);
    }
}
