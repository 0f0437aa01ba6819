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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private PipelineInputs(Map<Path, Pipeline> pipelines, boolean anyDockerfile) {
        this.pipelines = pipelines;
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
        return new PipelineInputs(new HashMap<>(read), anyDockerfile);
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
