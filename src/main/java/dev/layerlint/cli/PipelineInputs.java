package dev.layerlint.cli;

import dev.layerlint.cache.VolatileArgs;
import dev.layerlint.pipeline.DockerfileLink;
import dev.layerlint.pipeline.Pipeline;
import dev.layerlint.pipeline.PipelineReader;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.RuleSettings;
import dev.layerlint.rules.ci.CiRules;
import dev.layerlint.rules.ci.PipelineArgs;
import dev.layerlint.rules.ci.PipelineLinter;
import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CI pipeline files among a run's inputs: read once before the files are
 * linted, so that a Dockerfile a pipeline builds is linted knowing which of
 * its ARGs the pipeline passes a per-run value (CA001 names the pipeline
 * line), and the pipelines themselves are linted with the CI rules.
 */
final class PipelineInputs {
    private final Map<Path, Pipeline> pipelines;
    private final Map<Path, Map<String, VolatileArgs.Reason>> args;
    /** The pipelines of this run per repository (see {@link DockerfileLink#repository}). */
    private final Map<Path, List<Pipeline>> byRepository = new HashMap<>();

    /** Per template file (absolute, normalized): the pipelines of this run that run its steps, by path. */
    private final Map<Path, Map<Path, Pipeline>> callers = new HashMap<>();
    /** The run's inputs, with the templates that pipelines found in a directory run pulled in. */
    private final List<Inputs.Input> inputs;

    private PipelineInputs(Map<Path, Pipeline> pipelines, boolean anyDockerfile, List<Inputs.Input> given) {
        this.pipelines = pipelines;
        // callers in path order: a template's findings do not depend on which thread read which pipeline
        for (Path caller : new TreeMap<>(pipelines).keySet()) {
            for (Path t : pipelines.get(caller).templates()) {
                if (!pipelines.get(caller).runsStepsOf(t)) {
                    continue; // a GitLab include: its jobs are read from that file itself
                }
                callers.computeIfAbsent(t, k -> new LinkedHashMap<>()).put(caller, pipelines.get(caller));
            }
        }
        this.inputs = withTemplates(given);
        this.args = pipelines.isEmpty() || !anyDockerfile ? Map.of() : PipelineArgs.of(pipelines);
        for (Map.Entry<Path, Pipeline> e : pipelines.entrySet()) {
            Path repo = DockerfileLink.repository(e.getKey());
            if (repo != null) {
                byRepository.computeIfAbsent(repo, r -> new ArrayList<>()).add(e.getValue());
            }
        }
    }

    /** A pipeline input: a known pipeline file name, or any YAML file given by path. */
    static boolean isPipeline(Inputs.Input input, CheckOptions options) {
        String name = input.file() != null ? input.file().toString()
                : options.stdinFilename != null ? options.stdinFilename : input.displayPath();
        String low = name.toLowerCase(Locale.ROOT);
        return PipelineReader.platformByPath(name) != null || low.endsWith(".yml") || low.endsWith(".yaml");
    }

    /**
     * Reads every pipeline among the inputs once (in parallel): each is linted from this reading, knowing the
     * other pipelines of its repository, and the Dockerfiles they build learn their per-run arguments.
     */
    static PipelineInputs read(List<Inputs.Input> inputs, Environment environment) {
        Map<Path, Pipeline> read = new ConcurrentHashMap<>();
        boolean anyDockerfile = false;
        List<Inputs.Input> yaml = new ArrayList<>();
        for (Inputs.Input in : inputs) {
            if (in.file() == null || in.problem() != null) {
                continue;
            }
            String name = in.file().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".yml") && !name.endsWith(".yaml")) {
                anyDockerfile = true;
            } else {
                yaml.add(in);
            }
        }
        (yaml.size() > 1 ? yaml.parallelStream() : yaml.stream()).forEach(in -> {
            try {
                read.put(in.file().toAbsolutePath().normalize(), PipelineReader.read(Inputs.load(in, environment),
                        in.file()));
            } catch (InputException e) {
                // reported when the file is linted
            }
        });
        return new PipelineInputs(new HashMap<>(read), anyDockerfile, inputs);
    }

    /**
     * The inputs with the template files pulled in that pipelines found by walking a directory run (Azure
     * templates, GitLab local includes) and that are in that directory but were not found by name: each once,
     * placed among the files of that walk in path order.
     */
    private List<Inputs.Input> withTemplates(List<Inputs.Input> given) {
        Set<Path> known = new HashSet<>();
        for (Inputs.Input in : given) {
            if (in.file() != null) {
                known.add(in.file().toAbsolutePath().normalize());
            }
        }
        Map<Path, List<Inputs.Input>> extra = new LinkedHashMap<>();
        for (Inputs.Input in : given) {
            Pipeline p = in.walked() == null || in.file() == null ? null
                    : pipelines.get(in.file().toAbsolutePath().normalize());
            if (p == null) {
                continue;
            }
            Path root = in.walked().toAbsolutePath().normalize();
            for (Path t : p.templates()) {
                if (t.startsWith(root) && known.add(t)) {
                    Path shown = in.walked().resolve(root.relativize(t));
                    extra.computeIfAbsent(in.walked(), k -> new ArrayList<>())
                            .add(new Inputs.Input(shown.toString(), shown, null, in.walked()));
                }
            }
        }
        if (extra.isEmpty()) {
            return given;
        }
        List<Inputs.Input> out = new ArrayList<>();
        for (int i = 0; i < given.size(); ) {
            Inputs.Input in = given.get(i);
            List<Inputs.Input> more = in.walked() == null ? null : extra.remove(in.walked());
            if (more == null) {
                out.add(in);
                i++;
                continue;
            }
            List<Inputs.Input> group = new ArrayList<>(more);
            for (; i < given.size() && in.walked().equals(given.get(i).walked()); i++) {
                group.add(given.get(i));
            }
            group.sort(Comparator.comparing(g -> g.file().toString()));
            out.addAll(group);
        }
        return out;
    }

    /** The run's inputs: those given, with the template files pipelines found in a directory run. */
    List<Inputs.Input> inputs() {
        return inputs;
    }

    /** The per-run arguments pipelines of this run pass to this Dockerfile (empty when none). */
    Map<String, VolatileArgs.Reason> argsFor(Path dockerfile) {
        if (dockerfile == null || args.isEmpty()) {
            return Map.of();
        }
        return args.getOrDefault(dockerfile.toAbsolutePath().normalize(), Map.of());
    }

    /** The text of a pipeline input read before the run, or null. */
    SourceText source(Inputs.Input input) {
        Pipeline p = input.file() == null || pipelines.isEmpty() ? null
                : pipelines.get(input.file().toAbsolutePath().normalize());
        return p == null ? null : p.source();
    }

    List<Finding> lint(Inputs.Input input, SourceText source, RuleSettings settings) throws InputException {
        Path path = input.file() == null ? null : input.file().toAbsolutePath().normalize();
        Map<Path, Pipeline> runBy = path == null ? null : callers.get(path);
        if (runBy != null) {
            // a template: linted as the pipelines that run it see it (their agent, the parameters they pass)
            Path repo = DockerfileLink.repository(path);
            List<Pipeline> others = new ArrayList<>(repo == null ? List.of() : byRepository.getOrDefault(repo, List.of()));
            return PipelineLinter.lintTemplate(path, runBy, settings, CiRules.rules(), others);
        }
        Pipeline p = path == null ? null : pipelines.get(path);
        if (p != null) {
            Path repo = DockerfileLink.repository(path);
            List<Pipeline> others = new ArrayList<>(repo == null ? List.of() : byRepository.getOrDefault(repo, List.of()));
            others.remove(p);
            return PipelineLinter.lint(p, input.file(), settings, CiRules.rules(), others);
        }
        return PipelineLinter.lint(source, input.file(), settings, CiRules.rules());
    }
}
