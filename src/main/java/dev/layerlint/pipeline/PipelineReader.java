package dev.layerlint.pipeline;

import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceText;
import dev.layerlint.source.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a pipeline file: decides its platform (by path, then by content) and
 * hands it to the platform's reader. Malformed YAML is an
 * {@link InputException} with the line and column of the problem.
 */
public final class PipelineReader {
    private PipelineReader() {
    }

    /** Whether a path names a pipeline file layerlint knows, by its name and place. */
    public static Platform platformByPath(String path) {
        String p = path.replace('\\', '/');
        String name = p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (!name.endsWith(".yml") && !name.endsWith(".yaml")) {
            return null;
        }
        if (p.contains(".github/workflows/")) {
            return Platform.GITHUB;
        }
        if (name.equals(".gitlab-ci.yml") || name.endsWith(".gitlab-ci.yml") || p.contains(".gitlab/")) {
            return Platform.GITLAB;
        }
        if (name.startsWith("azure-pipelines")) {
            return Platform.AZURE;
        }
        return null;
    }

    /** A top-level key that only an Azure Pipelines file (or template) has at column 0. */
    private static final Pattern AZURE_TOP = Pattern.compile(
            "(?m)^(trigger|pr|pool|stages|jobs|steps|extends|schedules|resources|lockBehavior):");
    /** A step, job or stage the way only Azure Pipelines writes it. */
    private static final Pattern AZURE_ITEM = Pattern.compile(
            "(?m)^\\s*-\\s*(task:\\s*[A-Za-z][\\w.-]*@\\d+|(stage|job|deployment|template|checkout|pwsh|powershell|bash"
                    + "|script|download|publish|downloadBuild|getPackage|reviewApp):)|^\\s*vmImage:");
    /** What other YAML files (Compose, Kubernetes, GitHub, GitLab, Ansible) have at the top instead. */
    private static final Pattern OTHER_TOP = Pattern.compile(
            "(?m)^(services|apiVersion|kind|on|\"on\"|runs-on|image|include|default|workflow|- hosts):");

    /**
     * Whether a YAML file found under another name is an Azure Pipelines
     * file or template, by its text: an Azure top-level key and an Azure step
     * or job ({@code - task: Name@N}, {@code - script:}, {@code - template:},
     * {@code vmImage:} ...), and none of the top-level keys other YAML files
     * have. Azure pipelines live under any name ({@code host/4/node-build.yml},
     * {@code .vsts-ci.yml}, {@code eng/pipelines/...}), so {@code check DIR}
     * asks this of every YAML file its name does not place.
     */
    public static boolean isAzureByText(String text) {
        return AZURE_TOP.matcher(text).find() && AZURE_ITEM.matcher(text).find() && !OTHER_TOP.matcher(text).find();
    }

    public static Pipeline read(SourceText source, Path file) throws InputException {
        Yaml yaml = Yaml.parse(source);
        Platform platform = platformByPath(source.path());
        if (platform == null) {
            platform = isAzureByText(source.text()) ? Platform.AZURE : platformByContent(yaml);
        }
        Pipeline pipeline = new Pipeline(source, platform, yaml);
        switch (platform) {
            case AZURE -> new AzureReader(pipeline, file).read();
            case GITHUB -> new GithubReader(pipeline).read();
            case GITLAB -> new GitlabReader(pipeline, file).read();
        }
        dedupe(pipeline);
        return pipeline;
    }

    /** Detects the platform from the top-level keys (for a YAML file given by path, or a template). */
    public static Platform platformByContent(Yaml yaml) {
        for (Node doc : yaml.documents()) {
            if (!(doc instanceof MappingNode)) {
                continue;
            }
            Node jobs = Yaml.get(doc, "jobs");
            if (jobs instanceof MappingNode && (Yaml.get(doc, "on") != null || Yaml.get(doc, "true") != null
                    || anyJobHas(jobs, "runs-on"))) {
                return Platform.GITHUB;
            }
            if (Yaml.get(doc, "stages") instanceof MappingNode == false && Yaml.get(doc, "steps") != null
                    || Yaml.get(doc, "pool") != null || Yaml.get(doc, "trigger") != null
                    || jobs != null && !(jobs instanceof MappingNode)
                    || Yaml.get(doc, "stages") != null && Yaml.items(Yaml.get(doc, "stages"), false).stream()
                    .anyMatch(s -> s instanceof MappingNode)) {
                return Platform.AZURE;
            }
            for (NodeTuple t : Yaml.entries(doc)) {
                if (Yaml.get(t.getValueNode(), "script") != null || Yaml.get(t.getValueNode(), "extends") != null) {
                    return Platform.GITLAB;
                }
            }
        }
        return Platform.GITLAB;
    }

    private static boolean anyJobHas(Node jobs, String key) {
        for (NodeTuple t : Yaml.entries(jobs)) {
            if (Yaml.get(t.getValueNode(), key) != null) {
                return true;
            }
        }
        return false;
    }

    /** A build reached twice (a GitLab job and the hidden job it extends, an alias) is kept once. */
    private static void dedupe(Pipeline p) {
        Map<SourceText, Set<Integer>> seen = new IdentityHashMap<>(); // places per file (templates have their own)
        for (Job j : p.jobs()) {
            j.builds().removeIf(b -> !seen.computeIfAbsent(p.sourceOf(b.step), k -> new HashSet<>()).add(b.span.start()));
        }
    }

    // ---- helpers the platform readers share -----------------------------------------------------------------

    /** Reads a mapping of variables ({@code NAME: value}, GitLab's {@code {value: ...}}, Azure's list of {@code name/value}). */
    static void readVars(Yaml yaml, Node node, Vars into) {
        if (node instanceof MappingNode) {
            for (NodeTuple t : Yaml.entries(node)) {
                String k = Yaml.str(t.getKeyNode());
                Node v = t.getValueNode();
                if (v instanceof MappingNode && Yaml.get(v, "value") != null) {
                    v = Yaml.get(v, "value");
                }
                if (k != null && v instanceof ScalarNode s) {
                    into.put(k, new Vars.Value(s.getValue(), yaml.span(s)));
                }
            }
        } else {
            for (Node item : Yaml.items(node, false)) {
                String name = Yaml.getStr(item, "name");
                Node v = Yaml.get(item, "value");
                if (name != null && v instanceof ScalarNode s) {
                    into.put(name, new Vars.Value(s.getValue(), yaml.span(s)));
                }
            }
        }
    }

    /** A scalar node's text with its file offsets, or null when the node is no scalar. */
    static MappedText text(Yaml yaml, Node n) {
        return n instanceof ScalarNode s ? yaml.text(s) : null;
    }

    /** The lines of a multi-line value ({@code build-args: |}) or of a list, each with its place. */
    static List<Line> lines(Yaml yaml, Node n) {
        List<Line> out = new ArrayList<>();
        for (Node item : Yaml.items(n, true)) {
            if (!(item instanceof ScalarNode s)) {
                continue;
            }
            MappedText t = yaml.text(s);
            String v = t.value();
            int start = 0;
            for (int i = 0; i <= v.length(); i++) {
                if (i == v.length() || v.charAt(i) == '\n') {
                    int a = start;
                    int b = i;
                    while (a < b && Character.isWhitespace(v.charAt(a))) {
                        a++;
                    }
                    while (b > a && Character.isWhitespace(v.charAt(b - 1))) {
                        b--;
                    }
                    if (b > a && v.charAt(a) != '#') {
                        out.add(new Line(v.substring(a, b), t.span(a, b)));
                    }
                    start = i + 1;
                }
            }
        }
        return out;
    }

    /** One line of a multi-line value. */
    record Line(String text, Span span) {
    }
}
