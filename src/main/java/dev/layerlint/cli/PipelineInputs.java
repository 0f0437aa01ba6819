package dev.layerlint.cli;

import dev.layerlint.cache.VolatileArgs;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CI pipeline files among a run's inputs: read once before the files are
 * linted, so that a Dockerfile a pipeline builds is linted knowing which of
 * its ARGs the pipeline passes a per-run value (CA001 names the pipeline
 * line), and the pipelines themselves are linted with the CI rules.
 */
final class PipelineInputs {
    private final Map<Path, Pipeline> pipelines;
    private final Map<Path, Map<String, VolatileArgs.Reason>> args;

    private PipelineInputs(Map<Path, Pipeline> pipelines) {
        this.pipelines = pipelines;
        this.args = pipelines.isEmpty() ? Map.of() : PipelineArgs.of(pipelines);
    }

    /** A pipeline input: a known pipeline file name, or any YAML file given by path. */
    static boolean isPipeline(Inputs.Input input, CheckOptions options) {
        String name = input.file() != null ? input.file().toString()
                : options.stdinFilename != null ? options.stdinFilename : input.displayPath();
        String low = name.toLowerCase(Locale.ROOT);
        return PipelineReader.platformByPath(name) != null || low.endsWith(".yml") || low.endsWith(".yaml");
    }

    static PipelineInputs read(List<Inputs.Input> inputs, Environment environment) {
        Map<Path, Pipeline> read = new HashMap<>();
        boolean anyDockerfile = false;
        for (Inputs.Input in : inputs) {
            if (in.file() == null || in.problem() != null) {
                continue;
            }
            String name = in.file().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".yml") && !name.endsWith(".yaml")) {
                anyDockerfile = true;
                continue;
            }
            try {
                read.put(in.file().toAbsolutePath().normalize(), PipelineReader.read(Inputs.load(in, environment),
                        in.file()));
            } catch (InputException e) {
                // reported when the file is linted
            }
        }
        return new PipelineInputs(anyDockerfile ? read : Map.of());
    }

    /** The per-run arguments pipelines of this run pass to this Dockerfile (empty when none). */
    Map<String, VolatileArgs.Reason> argsFor(Path dockerfile) {
        if (dockerfile == null || args.isEmpty()) {
            return Map.of();
        }
        return args.getOrDefault(dockerfile.toAbsolutePath().normalize(), Map.of());
    }

    List<Finding> lint(Inputs.Input input, SourceText source, RuleSettings settings) throws InputException {
        Pipeline p = input.file() == null ? null : pipelines.get(input.file().toAbsolutePath().normalize());
        if (p != null) {
            return PipelineLinter.lint(p, input.file(), settings, CiRules.rules());
        }
        return PipelineLinter.lint(source, input.file(), settings, CiRules.rules());
    }
}
