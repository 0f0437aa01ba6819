package dev.layerlint.rules.ci;

import dev.layerlint.cache.VolatileArgs;
import dev.layerlint.pipeline.Build;
import dev.layerlint.pipeline.BuildArg;
import dev.layerlint.pipeline.DockerfileLink;
import dev.layerlint.pipeline.Origin;
import dev.layerlint.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the pipelines of a run tell the cache model: for each Dockerfile a
 * build links to, the build arguments it passes a per-run value, as
 * {@link VolatileArgs.Reason}s that name the pipeline line ("passed by
 * azure-pipelines.yml:15 (Docker@1) as $(PIP_EXTRA_INDEX_URL), set by
 * PipAuthenticate@1 with a fresh token every run"), so CA001 knows the ARG
 * changes every run instead of guessing from its name.
 */
public final class PipelineArgs {
    private PipelineArgs() {
    }

    /** Per Dockerfile (absolute, normalized), the per-run arguments the given pipelines pass it. */
    public static Map<Path, Map<String, VolatileArgs.Reason>> of(Map<Path, Pipeline> pipelines) {
        Map<Path, Map<String, VolatileArgs.Reason>> out = new HashMap<>();
        Map<Path, DockerfileLink> memo = new HashMap<>();
        for (Map.Entry<Path, Pipeline> e : pipelines.entrySet()) {
            List<Path> roots = DockerfileLink.roots(e.getKey());
            for (Build b : e.getValue().allBuilds()) {
                if (b.args.stream().noneMatch(a -> a.origin().perRun())) {
                    continue;
                }
                DockerfileLink link = DockerfileLink.of(b, roots, memo);
                if (link == null) {
                    continue;
                }
                Map<String, VolatileArgs.Reason> args = out.computeIfAbsent(link.path().toAbsolutePath().normalize(),
                        k -> new LinkedHashMap<>());
                for (BuildArg a : b.args) {
                    if (a.origin().perRun()) {
                        args.putIfAbsent(a.name(), reason(e.getValue(), b, a));
                    }
                }
            }
        }
        return out;
    }

    static VolatileArgs.Reason reason(Pipeline p, Build b, BuildArg a) {
        Origin o = a.origin();
        boolean credential = o.via() != null || o.why().contains("token");
        // a build of a template the pipeline names: the line is in the template's file
        return new VolatileArgs.Reason("passed by " + p.sourceOf(b.step).path() + ":" + a.span().startLine() + " ("
                + b.step.label() + ") as " + o.why(), credential);
    }
}
