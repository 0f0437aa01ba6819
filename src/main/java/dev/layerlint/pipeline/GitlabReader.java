package dev.layerlint.pipeline;

import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * GitLab CI: jobs are the top-level keys that are not keywords (hidden
 * {@code .jobs} too, as templates other jobs extend), resolved through
 * {@code extends:} (also into jobs of {@code include:}d local files), merge
 * keys and anchors, {@code default:} and top-level {@code image},
 * {@code services}, {@code before_script}; {@code variables} merged the same
 * way. A {@code docker:dind} service is a fresh daemon every job (nothing
 * cached); a dind older than Docker 23 builds with the classic builder.
 * Builds: shell builds in {@code before_script} and {@code script} items
 * (kaniko's {@code executor} too). Builds that come from an included file are
 * that file's: they are reported when it is checked.
 */
final class GitlabReader {
    private static final Set<String> KEYWORDS = Set.of("stages", "variables", "default", "include", "workflow",
            "image", "services", "before_script", "after_script", "cache", "types", "pages_defaults", "spec");
    private static final Pattern DOCKER_VERSION = Pattern.compile("(?:^|/)docker:(\\d+)(?:\\.\\d+)*");

    /** A job's mapping and the file it is written in. */
    private record Def(Node node, Yaml yaml) {
    }

    private final Pipeline p;
    private final Yaml yaml;
    private final Path file;
    private final Map<String, Def> table = new LinkedHashMap<>();
    private Node defaults;
    private Node root;

    GitlabReader(Pipeline p, Path file) {
        this.p = p;
        this.yaml = p.yaml();
        this.file = file;
    }

    void read() {
        for (Node doc : yaml.documents()) {
            if (!(doc instanceof MappingNode)) {
                continue;
            }
            if (Yaml.get(doc, "spec") != null && root == null && yaml.documents().size() > 1) {
                continue; // the header document of a CI/CD component
            }
            root = doc;
            includes(doc);
            for (NodeTuple t : Yaml.entries(doc)) {
                String k = Yaml.str(t.getKeyNode());
                if (k != null && !KEYWORDS.contains(k)) {
                    table.put(k, new Def(t.getValueNode(), yaml));
                }
            }
            defaults = Yaml.get(doc, "default");
            Vars global = new Vars(null);
            PipelineReader.readVars(yaml, Yaml.get(doc, "variables"), global);
            List<NodeTuple> entries = Yaml.entries(doc);
            // concrete jobs first: a build in a hidden job that one extends is reported with that job's settings
            for (boolean hidden : new boolean[] {false, true}) {
                for (NodeTuple t : entries) {
                    String k = Yaml.str(t.getKeyNode());
                    if (k != null && !KEYWORDS.contains(k) && k.startsWith(".") == hidden
                            && t.getValueNode() instanceof MappingNode) {
                        job(k, t, global);
                    }
                }
            }
        }
    }

    private void includes(Node doc) {
        if (file == null) {
            return;
        }
        Path repo = repoRoot(file);
        for (Node inc : Yaml.items(Yaml.get(doc, "include"), true)) {
            String local = inc instanceof ScalarNode s ? s.getValue() : Yaml.getStr(inc, "local");
            if (local == null || local.contains("://") || local.contains("$") || local.contains("*")) {
                continue;
            }
            Path f = repo.resolve(local.startsWith("/") ? local.substring(1) : local).normalize();
            if (!Files.isRegularFile(f) || f.equals(file.toAbsolutePath().normalize())) {
                continue;
            }
            try {
                p.template(f);
                Yaml inc2 = Yaml.parse(SourceLoader.load(f, f.toString()));
                for (Node d : inc2.documents()) {
                    for (NodeTuple t : Yaml.entries(d)) {
                        String k = Yaml.str(t.getKeyNode());
                        if (k != null && !KEYWORDS.contains(k)) {
                            table.putIfAbsent(k, new Def(t.getValueNode(), inc2));
                        }
                    }
                }
            } catch (InputException e) {
                // a broken include is reported when that file is checked; here its jobs are just unknown
            }
        }
    }

    /** The repository root for a GitLab file: above {@code .gitlab/}, else the file's folder. */
    static Path repoRoot(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        for (Path d = abs.getParent(); d != null; d = d.getParent()) {
            if (d.getFileName() != null && d.getFileName().toString().equals(".gitlab")) {
                return d.getParent();
            }
            if (Files.exists(d.resolve(".gitlab-ci.yml")) || Files.isDirectory(d.resolve(".git"))) {
                return d;
            }
        }
        return abs.getParent();
    }

    /** The job's definitions, most specific first: itself, then what it extends (last parent first). */
    private List<Def> chain(Def job, int depth) {
        List<Def> out = new ArrayList<>();
        out.add(job);
        if (depth > 10) {
            return out;
        }
        List<Node> parents = Yaml.items(Yaml.get(job.node(), "extends"), true);
        for (int i = parents.size() - 1; i >= 0; i--) {
            Def parent = table.get(Yaml.str(parents.get(i)));
            if (parent != null && parent.node() != job.node()) {
                out.addAll(chain(parent, depth + 1));
            }
        }
        return out;
    }

    private Def lookup(List<Def> chain, String key) {
        for (Def d : chain) {
            Node v = Yaml.get(d.node(), key);
            if (v != null) {
                return new Def(v, d.yaml());
            }
        }
        Node v = Yaml.get(defaults, key);
        if (v == null && (key.equals("image") || key.equals("services") || key.equals("before_script"))) {
            v = Yaml.get(root, key);
        }
        return v == null ? null : new Def(v, yaml);
    }

    /** The script lines of a {@code script:} value: nested lists flattened, {@code !reference [job, key]} followed. */
    private void scriptLines(Def d, List<Def> out, int depth) {
        Node n = d.node();
        if (depth > 8 || n == null) {
            return;
        }
        if (n instanceof ScalarNode) {
            out.add(d);
        } else if (n instanceof SequenceNode seq) {
            if (seq.getTag().getValue().equals("!reference")) {
                List<Node> path = seq.getValue();
                Def target = path.isEmpty() ? null : table.get(Yaml.str(path.get(0)));
                for (int i = 1; target != null && i < path.size(); i++) {
                    Node next = Yaml.get(target.node(), Yaml.str(path.get(i)));
                    target = next == null ? null : new Def(next, target.yaml());
                }
                if (target != null) {
                    scriptLines(target, out, depth + 1);
                }
                return;
            }
            for (Node item : seq.getValue()) {
                scriptLines(new Def(item, d.yaml()), out, depth + 1);
            }
        }
    }

    private void job(String name, NodeTuple t, Vars global) {
        List<Def> chain = chain(new Def(t.getValueNode(), yaml), 0);
        Vars vars = global.child();
        for (int i = chain.size() - 1; i >= 0; i--) {
            PipelineReader.readVars(chain.get(i).yaml(), Yaml.get(chain.get(i).node(), "variables"), vars);
        }
        Def services = lookup(chain, "services");
        Def image = lookup(chain, "image");
        List<String> names = new ArrayList<>();
        for (Node s : Yaml.items(services == null ? null : services.node(), true)) {
            String n = s instanceof ScalarNode sc ? sc.getValue() : Yaml.getStr(s, "name");
            if (n != null) {
                names.add(n);
            }
        }
        String imageName = image == null ? null
                : image.node() instanceof ScalarNode sc ? sc.getValue() : Yaml.getStr(image.node(), "name");
        Agent agent = Agent.unknown();
        ShellBuilds.JobState state = new ShellBuilds.JobState();
        for (String n : names) {
            if (n.contains("dind")) {
                agent = new Agent(Agent.Kind.EPHEMERAL, "a " + n + " service (a fresh Docker daemon every job)");
                Matcher m = DOCKER_VERSION.matcher(n);
                if (m.find() && Integer.parseInt(m.group(1)) < 23) {
                    state.dockerBuildkit = "0";
                }
            }
        }
        if (imageName != null) {
            // the job image's docker CLI picks the builder: before Docker 23 it is the classic one
            Matcher m = DOCKER_VERSION.matcher(imageName);
            if (m.find() && Integer.parseInt(m.group(1)) < 23) {
                state.dockerBuildkit = "0";
            }
        }
        if (imageName != null && imageName.contains("kaniko")) {
            agent = new Agent(Agent.Kind.EPHEMERAL, "kaniko in a job container (" + imageName + ")");
        }
        Vars.Value dbk = vars.get("DOCKER_BUILDKIT");
        if (dbk != null) {
            state.dockerBuildkit = dbk.text();
        }
        boolean matrix = Yaml.get(lookup(chain, "parallel") == null ? null : lookup(chain, "parallel").node(),
                "matrix") != null;
        Job job = new Job(name, yaml.span(t.getKeyNode()), agent, matrix, vars);
        p.jobs().add(job);
        int index = 0;
        for (String key : new String[] {"before_script", "script"}) {
            Def d = lookup(chain, key);
            if (d == null) {
                continue;
            }
            List<Def> lines = new ArrayList<>();
            scriptLines(d, lines, 0);
            for (Def line : lines) {
                ScalarNode s = (ScalarNode) line.node();
                MappedText text = line.yaml().text(s);
                Step step = new Step(index++, "script", "", key, line.yaml().span(s), s, null, List.of(text), false,
                        Map.of());
                job.steps().add(step);
                List<Build> found = new ArrayList<>();
                ShellBuilds.scan(job, step, text, vars, state, found);
                if (line.yaml() == yaml) {
                    job.builds().addAll(found);
                }
            }
        }
    }
}
