package dev.layerlint.pipeline;

import dev.layerlint.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * GitHub Actions: {@code jobs.<id>} with {@code runs-on}, {@code strategy.matrix},
 * {@code env} (workflow, job, step) and {@code steps} ({@code uses}/{@code with},
 * {@code run}). Builds: {@code docker/build-push-action}, {@code docker/bake-action},
 * and shell builds in {@code run}; {@code docker/setup-buildx-action} sets the driver.
 */
final class GithubReader {
    private final Pipeline p;
    private final Yaml yaml;

    GithubReader(Pipeline p) {
        this.p = p;
        this.yaml = p.yaml();
    }

    /** The workflow's and the current job's {@code defaults.run.shell}, or null. */
    private String workflowShell;
    private String jobShell;
    /** Whether the current job's runner is Windows (whose default shell is pwsh); null when the file does not say. */
    private Boolean windows;

    void read() {
        for (Node doc : yaml.documents()) {
            workflowShell = Yaml.getStr(Yaml.get(Yaml.get(doc, "defaults"), "run"), "shell");
            Vars root = new Vars(null);
            PipelineReader.readVars(yaml, Yaml.get(doc, "env"), root);
            Node jobs = Yaml.get(doc, "jobs");
            for (NodeTuple t : Yaml.entries(jobs)) {
                job(Yaml.str(t.getKeyNode()), t.getKeyNode(), t.getValueNode(), root);
            }
        }
    }

    private void job(String id, Node key, Node node, Vars root) {
        String uses = Yaml.getStr(node, "uses");
        if (uses != null && uses.startsWith("docker/github-builder/")) {
            reusableBuilder(id, key, node, uses, root);
            return;
        }
        Vars vars = root.child();
        PipelineReader.readVars(yaml, Yaml.get(node, "env"), vars);
        Node strategy = Yaml.get(node, "strategy");
        boolean matrix = Yaml.get(strategy, "matrix") != null;
        Job job = new Job(id, yaml.span(key), agent(Yaml.get(node, "runs-on"), strategy), matrix, vars);
        p.jobs().add(job);
        jobShell = Yaml.getStr(Yaml.get(Yaml.get(node, "defaults"), "run"), "shell");
        windows = windows(Yaml.get(node, "runs-on"), strategy);
        ShellBuilds.JobState state = new ShellBuilds.JobState();
        int index = 0;
        for (Node s : Yaml.items(Yaml.get(node, "steps"), false)) {
            step(job, s, index++, state);
        }
    }

    /**
     * A job that calls Docker's reusable build workflows ({@code docker/github-builder}): they build with
     * buildx on a docker-container builder, with a gha cache when {@code cache: true}.
     */
    private void reusableBuilder(String id, Node key, Node node, String uses, Vars root) {
        Node strategy = Yaml.get(node, "strategy");
        Job job = new Job(id, yaml.span(key), new Agent(Agent.Kind.EPHEMERAL, "a GitHub-hosted runner (" + uses
                + ")"), Yaml.get(strategy, "matrix") != null, root.child());
        p.jobs().add(job);
        Node with = Yaml.get(node, "with");
        Step step = new Step(0, uses.substring(0, uses.indexOf('@') < 0 ? uses.length() : uses.indexOf('@')),
                uses.indexOf('@') < 0 ? "" : uses.substring(uses.indexOf('@') + 1), id,
                yaml.span(Yaml.get(node, "uses")), node, with, List.of(), false, Map.of());
        job.steps().add(step);
        Build b = new Build(job, step, "docker/github-builder", step.span());
        b.engine = Build.Engine.BUILDKIT;
        b.driver = "docker-container";
        b.bake = uses.contains("bake");
        b.target = step.input("target");
        b.context = step.input("context");
        b.dockerfile = step.input("file");
        if ("true".equals(step.input("cache"))) {
            String scope = step.input("cache-scope");
            Node at = Yaml.get(with, "cache");
            String spec = "type=gha" + (scope == null ? "" : ",scope=" + scope) + ",mode=" + (step.input("cache-mode")
                    == null ? "max" : step.input("cache-mode"));
            b.cacheFrom.add(CacheSpec.parse(spec, yaml.span(at)));
            b.cacheTo.add(CacheSpec.parse(spec, yaml.span(at)));
        }
        job.builds().add(b);
    }

    private Agent agent(Node runsOn, Node strategy) {
        List<String> labels = new ArrayList<>();
        for (Node n : Yaml.items(runsOn instanceof MappingNode ? Yaml.get(runsOn, "labels") : runsOn, true)) {
            String v = Yaml.str(n);
            if (v != null) {
                labels.add(v);
            }
        }
        if (labels.isEmpty() && runsOn instanceof MappingNode && Yaml.get(runsOn, "group") != null) {
            return new Agent(Agent.Kind.UNKNOWN, "runner group " + Yaml.getStr(runsOn, "group"));
        }
        if (labels.isEmpty()) {
            return Agent.unknown();
        }
        if (labels.contains("self-hosted")) {
            return new Agent(Agent.Kind.UNKNOWN, "a self-hosted runner");
        }
        String l = labels.get(0);
        if (l.contains("${{")) {
            // runs-on: ${{ matrix.os }}: hosted when every value of the matrix key is a hosted image
            String key = l.replaceAll(".*matrix\\.([\\w-]+).*", "$1");
            Node values = Yaml.get(Yaml.get(strategy, "matrix"), key);
            List<Node> items = Yaml.items(values, true);
            if (!l.contains("matrix.") || items.isEmpty()) {
                return Agent.unknown();
            }
            for (Node n : items) {
                if (!hosted(Yaml.str(n))) {
                    return Agent.unknown();
                }
            }
            return new Agent(Agent.Kind.EPHEMERAL, "GitHub-hosted runners (runs-on: " + l + ")");
        }
        return hosted(l) ? new Agent(Agent.Kind.EPHEMERAL, "a GitHub-hosted runner (runs-on: " + l + ")")
                : new Agent(Agent.Kind.UNKNOWN, "runner " + l);
    }

    /**
     * Whether a job runs on Windows: a label with "windows" (a hosted image or a self-hosted runner's label), or
     * a matrix value every entry of which is one; false for other literal labels; null when not known (an input,
     * a mixed matrix, no runs-on).
     */
    private static Boolean windows(Node runsOn, Node strategy) {
        List<String> labels = new ArrayList<>();
        for (Node n : Yaml.items(runsOn instanceof MappingNode ? Yaml.get(runsOn, "labels") : runsOn, true)) {
            String v = Yaml.str(n);
            if (v != null && v.contains("${{") && v.contains("matrix.")) {
                String key = v.replaceAll(".*matrix\\.([\\w-]+).*", "$1");
                for (Node m : Yaml.items(Yaml.get(Yaml.get(strategy, "matrix"), key), true)) {
                    labels.add(Yaml.str(m));
                }
                if (labels.isEmpty()) {
                    return null;
                }
            } else {
                labels.add(v);
            }
        }
        if (labels.isEmpty() || labels.stream().anyMatch(l -> l == null || l.contains("${{"))) {
            return null;
        }
        long win = labels.stream().filter(l -> l.toLowerCase(Locale.ROOT).contains("windows")).count();
        return win == 0 ? Boolean.FALSE : win == labels.size() || !(runsOn instanceof ScalarNode) ? Boolean.TRUE : null;
    }

    private static boolean hosted(String label) {
        if (label == null) {
            return false;
        }
        String l = label.toLowerCase(Locale.ROOT);
        return l.startsWith("ubuntu-") || l.startsWith("windows-") || l.startsWith("macos-");
    }

    private void step(Job job, Node node, int index, ShellBuilds.JobState state) {
        String uses = Yaml.getStr(node, "uses");
        String id = Yaml.getStr(node, "id");
        String name = id != null ? id : Yaml.getStr(node, "name");
        Vars vars = job.vars().child();
        PipelineReader.readVars(yaml, Yaml.get(node, "env"), vars);
        Node with = Yaml.get(node, "with");
        if (uses != null) {
            int at = uses.indexOf('@');
            String kind = at < 0 ? uses : uses.substring(0, at);
            String version = at < 0 ? "" : uses.substring(at + 1);
            Node usesNode = Yaml.get(node, "uses");
            Step step = new Step(index, kind, version, name, yaml.span(usesNode), node, with, List.of(), false,
                    Map.of());
            job.steps().add(step);
            String k = kind.toLowerCase(Locale.ROOT);
            if (k.equals("docker/setup-buildx-action") || k.equals("crazy-max/ghaction-docker-buildx")) {
                String driver = step.input("driver");
                state.driver = driver == null ? "docker-container" : driver;
            } else if (k.equals("docker/build-push-action")) {
                buildPush(job, step, with, vars, state);
            } else if (k.equals("docker/bake-action")) {
                bake(job, step, with, state);
            } else if (k.equals("redhat-actions/buildah-build")) {
                buildah(job, step, with, vars);
            }
            return;
        }
        Node run = Yaml.get(node, "run");
        if (run instanceof ScalarNode s) {
            String shell = Yaml.getStr(node, "shell");
            if (shell == null) {
                shell = jobShell != null ? jobShell : workflowShell;
            }
            MappedText text = yaml.text(s);
            // no shell given: pwsh on a Windows runner, bash elsewhere; when the runner is not known (runs-on from
            // an input), the script says which: PowerShell's line continuations (a backtick ending the line)
            boolean ps = shell != null ? shell.startsWith("pwsh") || shell.startsWith("powershell")
                    : windows != null ? windows : ShellBuilds.powershellContinuations(text.value());
            Step step = new Step(index, "run", "", name, yaml.span(Yaml.keyNode(node, "run")), node, null,
                    List.of(text), ps, Map.of());
            job.steps().add(step);
            ShellBuilds.scan(job, step, text, vars, state, job.builds());
        }
    }

    private void buildPush(Job job, Step step, Node with, Vars vars, ShellBuilds.JobState state) {
        Build b = new Build(job, step, "docker/build-push-action", step.span());
        b.engine = Build.Engine.BUILDKIT;
        b.driver = state.driver == null ? "docker" : state.driver;
        b.context = step.input("context");
        b.dockerfile = step.input("file");
        Node file = Yaml.get(with, "file");
        b.dockerfileSpan = file == null ? null : yaml.span(file);
        b.target = step.input("target");
        for (PipelineReader.Line l : PipelineReader.lines(yaml, Yaml.get(with, "build-args"))) {
            ShellBuilds.buildArg(b, l.text(), l.span(), job, step, vars);
        }
        for (PipelineReader.Line l : PipelineReader.lines(yaml, Yaml.get(with, "cache-from"))) {
            b.cacheFrom.add(CacheSpec.parse(l.text(), l.span()));
        }
        for (PipelineReader.Line l : PipelineReader.lines(yaml, Yaml.get(with, "cache-to"))) {
            b.cacheTo.add(CacheSpec.parse(l.text(), l.span()));
        }
        Node noCache = Yaml.get(with, "no-cache");
        if (noCache != null && "true".equalsIgnoreCase(Yaml.str(noCache))) {
            b.noCache = yaml.span(noCache);
        }
        job.builds().add(b);
    }

    /** redhat-actions/buildah-build: {@code containerfiles}, {@code context}, {@code build-args}, {@code extra-args}. */
    private void buildah(Job job, Step step, Node with, Vars vars) {
        List<PipelineReader.Line> files = PipelineReader.lines(yaml, Yaml.get(with, "containerfiles"));
        if (files.isEmpty() && Yaml.get(with, "dockerfiles") != null) {
            files = PipelineReader.lines(yaml, Yaml.get(with, "dockerfiles"));
        }
        if (files.isEmpty() && Yaml.get(with, "base-image") != null) {
            return; // a build from a base image and commands, no Containerfile
        }
        Build b = new Build(job, step, "redhat-actions/buildah-build", step.span());
        b.engine = Build.Engine.BUILDAH;
        b.context = step.input("context");
        if (!files.isEmpty()) {
            b.dockerfile = files.get(0).text();
            b.dockerfileSpan = files.get(0).span();
        }
        for (PipelineReader.Line l : PipelineReader.lines(yaml, Yaml.get(with, "build-args"))) {
            ShellBuilds.buildArg(b, l.text(), l.span(), job, step, vars);
        }
        job.builds().add(b);
    }

    private void bake(Job job, Step step, Node with, ShellBuilds.JobState state) {
        Build b = new Build(job, step, "docker/bake-action", step.span());
        b.engine = Build.Engine.BUILDKIT;
        b.driver = state.driver == null ? "docker" : state.driver;
        b.bake = true;
        for (PipelineReader.Line l : PipelineReader.lines(yaml, Yaml.get(with, "set"))) {
            ShellBuilds.bakeSet(b, l.text(), l.span());
        }
        Node noCache = Yaml.get(with, "no-cache");
        if (noCache != null && "true".equalsIgnoreCase(Yaml.str(noCache))) {
            b.noCache = yaml.span(noCache);
        }
        job.builds().add(b);
    }

    static Span keySpan(Yaml yaml, Node map, String key) {
        ScalarNode k = Yaml.keyNode(map, key);
        return k == null ? null : yaml.span(k);
    }
}
