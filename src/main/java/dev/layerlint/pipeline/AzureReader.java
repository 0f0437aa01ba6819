package dev.layerlint.pipeline;

import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
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
    /** Template files deep: Azure allows 100, real pipelines use a few. */
    private static final int MAX_DEPTH = 20;

    private final Pipeline p;
    private final Yaml yaml;
    /** The file this reader reads (the pipeline or a template it names), or null (standard input). */
    private final Path file;
    /** The template files open above this one (a template that names itself is not read again). */
    private final Set<Path> open;

    AzureReader(Pipeline p, Path file) {
        this(p, p.yaml(), file, Set.of());
    }

    private AzureReader(Pipeline p, Yaml yaml, Path file, Set<Path> open) {
        this.p = p;
        this.yaml = yaml;
        this.file = file;
        this.open = open;
    }

    void read() {
        for (Node written : yaml.documents()) {
            // the file's own parameters (runtime parameters, or a template read alone) with their defaults
            Map<Object, Node> nodes = AzureTemplates.identityMap();
            Node doc = new AzureTemplates(yaml, AzureTemplates.defaults(written, nodes, true), nodes, true).expand(written);
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
            body(doc, root, rootAgent);
            // extends: template: the pipeline is the template's stages, jobs or steps, with the values passed to it
            Template t = template(Yaml.get(doc, "extends"));
            if (t != null) {
                Agent pool = t.reader().pool(Yaml.get(t.doc(), "pool"));
                t.reader().body(t.doc(), root, pool == null ? rootAgent : pool);
            }
        }
    }

    /** A document's stages, jobs or steps. */
    private void body(Node doc, Vars root, Agent rootAgent) {
        stages(Yaml.get(doc, "stages"), root, rootAgent);
        jobs(Yaml.get(doc, "jobs"), root, rootAgent);
        Node steps = Yaml.get(doc, "steps");
        if (steps != null) {
            job("steps", doc, steps, root, rootAgent, false);
        }
    }

    private void stages(Node stages, Vars root, Agent rootAgent) {
        for (Node stage : expressions(stages)) {
            Template t = template(stage);
            if (t != null) {
                t.reader().stages(Yaml.get(t.doc(), "stages"), root, rootAgent);
                continue;
            }
            Vars sv = root.child();
            PipelineReader.readVars(yaml, Yaml.get(stage, "variables"), sv);
            Agent sa = pool(Yaml.get(stage, "pool"));
            jobs(Yaml.get(stage, "jobs"), sv, sa == null ? rootAgent : sa);
        }
    }

    /** A template file an item names ({@code - template: path}), read with the parameters passed to it. */
    private record Template(AzureReader reader, Node doc) {
    }

    /**
     * The template a list item names, expanded with its parameters (the defaults, overridden by the values the
     * item passes), or null: no {@code template:} key, a path built from a runtime value, a template in another
     * repository ({@code path@repo}), a file that does not exist or is no valid YAML (reported when it is checked
     * itself), a template that names itself, or too deep.
     */
    private Template template(Node item) {
        String ref = Yaml.getStr(item, "template");
        if (ref == null || file == null || open.size() >= MAX_DEPTH || ref.contains("${{") || ref.contains("$(")) {
            return null;
        }
        ref = ref.strip();
        int at = ref.lastIndexOf('@');
        if (at >= 0) {
            if (!ref.substring(at + 1).equals("self")) {
                return null;
            }
            ref = ref.substring(0, at);
        }
        Path here = file.toAbsolutePath().normalize();
        Path repo = DockerfileLink.repository(here);
        Path target = ref.startsWith("/") ? fromRoot(here, repo, ref.substring(1))
                : here.getParent().resolve(ref).normalize();
        if (target.equals(here) || open.contains(target) || !Files.isRegularFile(target)) {
            return null;
        }
        // shown as the caller shows its own path, with the template's place relative to it (no absolute paths)
        Path shown = Path.of(yaml.source().path()).getParent();
        String display = (shown == null ? here.getParent().relativize(target)
                : shown.resolve(here.getParent().relativize(target)).normalize()).toString();
        Yaml ty;
        try {
            ty = Yaml.parse(SourceLoader.load(target, display));
        } catch (InputException | RuntimeException e) {
            return null;
        }
        if (ty.documents().isEmpty()) {
            return null;
        }
        Node written = ty.documents().get(0);
        Map<Object, Node> nodes = AzureTemplates.identityMap();
        Map<String, Object> params = AzureTemplates.defaults(written, nodes, false);
        for (NodeTuple passed : Yaml.entries(Yaml.get(item, "parameters"))) {
            String name = Yaml.str(passed.getKeyNode());
            if (name != null) {
                // a value written in the caller: known as text, but not inserted as the caller's nodes
                params.put(name, AzureTemplates.value(passed.getValueNode(), null, null));
            }
        }
        Node doc = new AzureTemplates(ty, params, nodes, false).expand(written);
        Set<Path> deeper = new HashSet<>(open);
        deeper.add(here);
        return new Template(new AzureReader(p, ty, target, deeper), doc);
    }

    /**
     * A path from the repository root ({@code template: /ci/steps.yml}): under the repository when it is known
     * (a {@code .git} folder) and names a file there; otherwise (no repository: a copy, an archive; a project
     * kept in a folder of another repository) the first folder above this file where the path names a file.
     */
    private static Path fromRoot(Path here, Path repo, String rel) {
        if (repo != null && Files.isRegularFile(repo.resolve(rel).normalize())) {
            return repo.resolve(rel).normalize();
        }
        for (Path d = here.getParent(); d != null && (repo == null || d.startsWith(repo)); d = d.getParent()) {
            Path t = d.resolve(rel).normalize();
            if (Files.isRegularFile(t)) {
                return t;
            }
        }
        return here.getParent().resolve(rel).normalize();
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
            Template t = Yaml.get(j, "job") == null && Yaml.get(j, "deployment") == null ? template(j) : null;
            if (t != null) {
                t.reader().jobs(Yaml.get(t.doc(), "jobs"), vars, agent);
                continue;
            }
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
        steps(job, steps, new int[1], state);
        return job;
    }

    /** A job's steps, a steps template's steps read in its place (their text and places are the template file's). */
    private void steps(Job job, Node steps, int[] index, ShellBuilds.JobState state) {
        for (Node s : expressions(steps)) {
            Template t = Yaml.get(s, "task") == null ? template(s) : null;
            step(job, s, index[0]++, state);
            if (t != null) {
                t.reader().steps(job, Yaml.get(t.doc(), "steps"), index, state);
            }
        }
    }

    /** Adds a step to its job; one written in a template file is marked as that file's. */
    private void add(Job job, Step step) {
        job.steps().add(step);
        if (yaml != p.yaml()) {
            p.foreign(step, yaml, file);
        }
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
                add(job, step);
                ShellBuilds.scan(job, step, script, vars, state, job.builds());
                return;
            }
            add(job, step);
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
                add(job, step);
                ShellBuilds.scan(job, step, text, vars, state, job.builds());
                return;
            }
        }
        Node template = Yaml.get(node, "template");
        if (template instanceof ScalarNode t) {
            add(job, new Step(index, "template", "", t.getValue(), yaml.span(t), node,
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
        if ("true".equalsIgnoreCase(step.input("manifest_push"))) {
            return; // publishes a multi-arch manifest of images built elsewhere: no build
        }
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
