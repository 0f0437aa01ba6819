package dev.layerlint.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Azure Pipelines: {@code stages > jobs > steps} (or {@code jobs}, or
 * {@code steps} alone; deployment jobs' {@code strategy.runOnce.deploy.steps}),
 * {@code pool} (a {@code vmImage} is a Microsoft-hosted agent, fresh every
 * job; no pool at all in a pipeline is the hosted default; a template's pool
 * is its caller's), {@code variables} (map or list), tasks with
 * {@code inputs}, and script steps ({@code script}, {@code bash},
 * {@code powershell}, {@code pwsh}, and the inline scripts of Bash@3,
 * CmdLine@2, PowerShell@2, AzureCLI@2). Builds: Docker@0/1/2 (build,
 * buildAndPush) and shell builds.
 */
final class AzureReader {
    private final Pipeline p;
    private final Yaml yaml;

    AzureReader(Pipeline p, Path file) {
        this.p = p;
        this.yaml = p.yaml();
    }

    void read() {
        for (Node doc : yaml.documents()) {
            Vars root = new Vars(null);
            PipelineReader.readVars(yaml, Yaml.get(doc, "variables"), root);
            Agent rootAgent = pool(Yaml.get(doc, "pool"));
            if (rootAgent == null) {
                boolean template = Yaml.get(doc, "parameters") != null && Yaml.get(doc, "trigger") == null
                        && Yaml.get(doc, "pr") == null && Yaml.get(doc, "resources") == null
                        && Yaml.get(doc, "schedules") == null && Yaml.get(doc, "name") == null;
                rootAgent = template ? new Agent(Agent.Kind.UNKNOWN, "a template (its caller picks the pool)")
                        : new Agent(Agent.Kind.EPHEMERAL, "a Microsoft-hosted agent (no pool given)");
            }
            for (Node stage : expressions(Yaml.get(doc, "stages"))) {
                Vars sv = root.child();
                PipelineReader.readVars(yaml, Yaml.get(stage, "variables"), sv);
                Agent sa = pool(Yaml.get(stage, "pool"));
                jobs(Yaml.get(stage, "jobs"), sv, sa == null ? rootAgent : sa);
            }
            jobs(Yaml.get(doc, "jobs"), root, rootAgent);
            Node steps = Yaml.get(doc, "steps");
            if (steps != null) {
                job("steps", doc, steps, root, rootAgent, false);
            }
        }
    }

    /**
     * The items of a list, with template expressions' conditional blocks
     * ({@code - ${{ if ... }}:} followed by a list) and {@code ${{ each }}}
     * loops opened: each branch's items are read as if they were in the list.
     */
    static List<Node> expressions(Node list) {
        List<Node> out = new ArrayList<>();
        for (Node item : Yaml.items(list, false)) {
            if (item instanceof MappingNode m && m.getValue().size() >= 1) {
                boolean allExpr = true;
                for (var t : m.getValue()) {
                    String k = Yaml.str(t.getKeyNode());
                    allExpr &= k != null && k.startsWith("${{");
                }
                if (allExpr) {
                    for (var t : m.getValue()) {
                        out.addAll(expressions(t.getValueNode()));
                    }
                    continue;
                }
            }
            out.add(item);
        }
        return out;
    }

    private void jobs(Node jobs, Vars vars, Agent agent) {
        for (Node j : expressions(jobs)) {
            String name = Yaml.getStr(j, "job");
            if (name == null) {
                name = Yaml.getStr(j, "deployment");
            }
            Vars jv = vars.child();
            PipelineReader.readVars(yaml, Yaml.get(j, "variables"), jv);
            Agent a = pool(Yaml.get(j, "pool"));
            Node steps = Yaml.get(j, "steps");
            if (steps == null) {
                Node deploy = Yaml.get(Yaml.get(Yaml.get(Yaml.get(j, "strategy"), "runOnce"), "deploy"), "steps");
                steps = deploy;
            }
            if (steps != null) {
                boolean matrix = Yaml.get(Yaml.get(j, "strategy"), "matrix") != null;
                job(name == null ? "job" : name, j, steps, jv, a == null ? agent : a, matrix);
            }
        }
    }

    private Agent pool(Node pool) {
        if (pool == null) {
            return null;
        }
        String name = pool instanceof ScalarNode s ? s.getValue() : Yaml.getStr(pool, "name");
        String vmImage = Yaml.getStr(pool, "vmImage");
        if (vmImage != null && !vmImage.contains("${{") && !vmImage.contains("$(")) {
            return new Agent(Agent.Kind.EPHEMERAL, "a Microsoft-hosted agent (vmImage: " + vmImage + ")");
        }
        if (vmImage != null) {
            return new Agent(Agent.Kind.EPHEMERAL, "a Microsoft-hosted agent (vmImage: " + vmImage + ")");
        }
        if (name != null && (name.equals("Azure Pipelines") || name.startsWith("Hosted"))) {
            return new Agent(Agent.Kind.EPHEMERAL, "a Microsoft-hosted agent (pool " + name + ")");
        }
        return new Agent(Agent.Kind.UNKNOWN, name == null ? "a pool the file does not name" : "pool " + name);
    }

    private Job job(String name, Node node, Node steps, Vars vars, Agent agent, boolean matrix) {
        Node key = Yaml.keyNode(node, "job");
        if (key == null) {
            key = Yaml.keyNode(node, "deployment");
        }
        Job job = new Job(name, yaml.span(key != null ? key : steps), agent, matrix, vars);
        p.jobs().add(job);
        ShellBuilds.JobState state = new ShellBuilds.JobState();
        Vars.Value dbk = vars.get("DOCKER_BUILDKIT");
        state.dockerBuildkit = dbk == null ? null : dbk.text();
        int index = 0;
        for (Node s : expressions(steps)) {
            step(job, s, index++, state);
        }
        return job;
    }

    private void step(Job job, Node node, int index, ShellBuilds.JobState state) {
        Vars vars = job.vars().child();
        PipelineReader.readVars(yaml, Yaml.get(node, "env"), vars);
        String name = Yaml.getStr(node, "name");
        if (name == null) {
            name = Yaml.getStr(node, "displayName");
        }
        Node task = Yaml.get(node, "task");
        if (task instanceof ScalarNode t) {
            String v = t.getValue().strip();
            int at = v.indexOf('@');
            String kind = at < 0 ? v : v.substring(0, at);
            String version = at < 0 ? "" : v.substring(at + 1);
            Node inputs = Yaml.get(node, "inputs");
            Step step = new Step(index, kind, version, name, yaml.span(t), node, inputs, List.of(), false, Map.of());
            String k = kind.toLowerCase(Locale.ROOT);
            MappedText script = switch (k) {
                case "bash", "cmdline", "powershell" -> PipelineReader.text(yaml, Yaml.getIgnoreCase(inputs, "script"));
                case "azurecli" -> PipelineReader.text(yaml, Yaml.getIgnoreCase(inputs, "inlineScript"));
                default -> null;
            };
            if (script != null) {
                String type = step.input("scriptType");
                boolean ps = k.equals("powershell") || type != null && type.toLowerCase(Locale.ROOT).startsWith("ps");
                step = new Step(index, kind, version, name, yaml.span(t), node, inputs, List.of(script), ps, Map.of());
                job.steps().add(step);
                ShellBuilds.scan(job, step, script, vars, state, job.builds());
                return;
            }
            job.steps().add(step);
            if (k.equals("docker")) {
                docker(job, step, version, inputs, vars, state);
            } else if (k.endsWith("imagebuildinfo")) {
                oneBranch(job, step, inputs, vars);
            }
            return;
        }
        for (String key : List.of("script", "bash", "powershell", "pwsh")) {
            Node s = Yaml.get(node, key);
            if (s instanceof ScalarNode sn) {
                MappedText text = yaml.text(sn);
                Step step = new Step(index, key, "", name, yaml.span(Yaml.keyNode(node, key)), node, null,
                        List.of(text), key.startsWith("p"), Map.of());
                job.steps().add(step);
                ShellBuilds.scan(job, step, text, vars, state, job.builds());
                return;
            }
        }
        Node template = Yaml.get(node, "template");
        if (template instanceof ScalarNode t) {
            job.steps().add(new Step(index, "template", "", t.getValue(), yaml.span(t), node,
                    Yaml.get(node, "parameters"), List.of(), false, Map.of()));
        }
    }

    private void docker(Job job, Step step, String version, Node inputs, Vars vars, ShellBuilds.JobState state) {
        String command = step.input("command");
        boolean v2 = !version.startsWith("0") && !version.startsWith("1");
        if (command == null) {
            command = v2 ? "buildAndPush" : "Build an image";
        }
        String c = command.toLowerCase(Locale.ROOT);
        if (!c.equals("build") && !c.equals("buildandpush") && !c.equals("build an image")) {
            return;
        }
        Build b = new Build(job, step, "Docker@" + version + " " + command, step.span());
        b.engine = "0".equals(state.dockerBuildkit) ? Build.Engine.CLASSIC : Build.Engine.DOCKER_DEFAULT;
        Node df = Yaml.getIgnoreCase(inputs, "Dockerfile");
        b.dockerfile = df == null ? "**/Dockerfile" : Yaml.str(df);
        b.dockerfileSpan = df == null ? null : yaml.span(df);
        String context = step.input("buildContext");
        b.context = context;
        Node args = Yaml.getIgnoreCase(inputs, "arguments");
        MappedText text = PipelineReader.text(yaml, args);
        if (text != null) {
            if (v2 && c.equals("buildandpush")) {
                b.ignoredArguments = yaml.span(Yaml.keyNode(inputs, keyName(inputs, "arguments")));
            } else {
                ShellBuilds.arguments(b, text, job, step, vars);
            }
        }
        job.builds().add(b);
    }

    /** OneBranch's image build task: {@code dockerFileRelPath}, {@code arguments}, {@code enabled_cache}. */
    private void oneBranch(Job job, Step step, Node inputs, Vars vars) {
        Build b = new Build(job, step, step.kind() + "@" + step.version(), step.span());
        b.engine = Build.Engine.DOCKER_DEFAULT;
        b.dockerfile = step.input("dockerFileRelPath");
        Node df = Yaml.getIgnoreCase(inputs, "dockerFileRelPath");
        b.dockerfileSpan = df == null ? null : yaml.span(df);
        b.context = step.input("dockerFileContextPath");
        MappedText text = PipelineReader.text(yaml, Yaml.getIgnoreCase(inputs, "arguments"));
        if (text != null) {
            ShellBuilds.arguments(b, text, job, step, vars);
        }
        job.builds().add(b);
    }

    private static String keyName(Node map, String key) {
        if (map instanceof MappingNode) {
            for (var t : Yaml.entries(map)) {
                String k = Yaml.str(t.getKeyNode());
                if (k != null && k.equalsIgnoreCase(key)) {
                    return k;
                }
            }
        }
        return key;
    }
}
