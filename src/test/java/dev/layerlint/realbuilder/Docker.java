package dev.layerlint.realbuilder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.ast.Dockerfile;
import dev.layerlint.ast.From;
import dev.layerlint.ast.Instruction;
import dev.layerlint.cache.Builder;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.Step;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.model.Stage;
import dev.layerlint.parser.Parser;
import dev.layerlint.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real docker engine for the real-builder suites: runs builds and reads,
 * from the builder's own output, which steps it took from the cache (BuildKit
 * {@code --progress=plain}: {@code #N CACHED}; classic: {@code Using cache}).
 * The one home of that reading, for {@link RealBuilderTest} and
 * {@link DifferentialTest}.
 *
 * @param client the docker client to run ({@code /usr/bin/docker} for 20.10, or
 *               the wrapper .ci/docker-modern-up.sh prints, which already
 *               names its daemon)
 * @param host   DOCKER_HOST, or null when the client names its daemon itself
 */
record Docker(String client, String host) {
    private static final Pattern BK_STEP = Pattern.compile("^#(\\d+) \\[(?:(\\S+) )?(\\d+)/(\\d+)] (.*)$");
    private static final Pattern BK_CACHED = Pattern.compile("^#(\\d+) CACHED$");
    private static final Pattern CLASSIC_STEP = Pattern.compile("^Step (\\d+)/(\\d+) : (.*)$");

    /** Debian's docker.io 20.10 at DOCKER_HOST {@code host} (its client speaks BuildKit without buildx). */
    static Docker legacy(String host) {
        return new Docker("/usr/bin/docker", host);
    }

    /** The modern engine: {@code wrapper} is the client .ci/docker-modern-up.sh prints. */
    static Docker modern(String wrapper) {
        return new Docker(wrapper, null);
    }

    record BuildOutput(int exit, String text) {
    }

    /** {@code docker build} of {@code dir} with these build args and secrets (id to a file). */
    BuildOutput build(Path dir, String tag, Builder builder, Map<String, String> args, Map<String, Path> secrets)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(client, "build", "--network=none", "-t", tag));
        if (builder == Builder.BUILDKIT) {
            cmd.add("--progress=plain");
        }
        args.forEach((k, v) -> cmd.addAll(List.of("--build-arg", k + "=" + v)));
        if (builder == Builder.BUILDKIT) {
            secrets.forEach((id, file) -> cmd.addAll(List.of("--secret", "id=" + id + ",src=" + file)));
        }
        cmd.add(".");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        environment(pb);
        pb.environment().put("DOCKER_BUILDKIT", builder == Builder.BUILDKIT ? "1" : "0");
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new BuildOutput(-1, text + "\n(timed out)");
        }
        return new BuildOutput(p.exitValue(), text);
    }

    /** Runs {@code docker ARGS...}; returns its output. */
    String docker(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(client));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        environment(pb);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        return out;
    }

    private void environment(ProcessBuilder pb) {
        if (host != null) {
            pb.environment().put("DOCKER_HOST", host);
        }
    }

    /** An empty cache: BuildKit's cache records, and the classic builder's images of earlier runs. */
    void resetBuilderCache(String tagPrefix) throws Exception {
        docker("builder", "prune", "-af");
        String images = docker("image", "ls", "--format", "{{.Repository}}:{{.Tag}}");
        for (String image : images.split("\n")) {
            if (image.startsWith(tagPrefix)) {
                docker("image", "rm", "-f", image);
            }
        }
        docker("image", "prune", "-f");
        // classic cache entries are images: drop every image but the base images
        for (String id : docker("image", "ls", "-a", "-q", "--filter", "dangling=true").split("\n")) {
            if (!id.isBlank()) {
                docker("image", "rm", "-f", id.strip());
            }
        }
    }

    static Dockerfile parse(Path dockerfile) throws IOException {
        return Parser.parse(SourceText.of("Dockerfile", Files.readString(dockerfile))).dockerfile();
    }

    /** Lines of the instructions the builder reports as steps (not FROM). */
    static List<Integer> stepLines(Dockerfile file, Map<String, String> args, Builder builder) {
        CacheModel cache = CacheModel.build(SemanticModel.build(file, args, null), builder, null);
        List<Integer> lines = new ArrayList<>();
        for (Step s : cache.steps()) {
            boolean built = builder == Builder.CLASSIC || cache.model().isReachable(s.stage());
            if (s.isStep() && built && !(s.instruction() instanceof From)) {
                lines.add(s.instruction().span().startLine());
            }
        }
        return lines;
    }

    /** The builder's report: line to REBUILT/CACHED. */
    static Map<Integer, String> observed(String output, Dockerfile file, Map<String, String> args, Builder builder) {
        SemanticModel model = SemanticModel.build(file, args, null);
        Map<Integer, String> out = new TreeMap<>();
        if (builder == Builder.CLASSIC) {
            List<Instruction> all = file.instructions(); // classic numbers global ARGs as steps too
            String[] lines = output.split("\n");
            for (int k = 0; k < lines.length; k++) {
                Matcher m = CLASSIC_STEP.matcher(lines[k].strip());
                if (!m.matches()) {
                    continue;
                }
                int index = Integer.parseInt(m.group(1)) - 1;
                assertThat(index).as("step %s of %s in:%n%s", m.group(1), all.size(), output)
                        .isLessThan(all.size());
                Instruction i = all.get(index);
                if (i instanceof From) {
                    continue;
                }
                boolean cached = k + 1 < lines.length && lines[k + 1].contains("Using cache");
                out.put(i.span().startLine(), cached ? "CACHED" : "REBUILT");
            }
            return out;
        }
        CacheModel cache = CacheModel.build(model, Builder.BUILDKIT, null);
        Map<String, Instruction> byLabel = new LinkedHashMap<>();
        boolean single = model.stages().size() == 1;
        for (Stage s : model.stages()) {
            String label = s.name() != null ? s.name() : "stage-" + s.index();
            // a stage built FROM another stage has no FROM vertex: its steps count from 1
            int k = s.baseStage() != null ? 0 : 1;
            if (s.baseStage() == null) {
                byLabel.put(label + " " + k, s.from());
            }
            for (Instruction i : s.instructions()) {
                if (cache.step(i).isStep()) {
                    byLabel.put(label + " " + (++k), i);
                }
            }
        }
        if (single) { // a one-stage build is printed as [k/n] or [stage-0 k/n]
            Map<String, Instruction> unlabelled = new LinkedHashMap<>();
            byLabel.forEach((key, i) -> unlabelled.put(key.substring(key.indexOf(' ')), i));
            byLabel.putAll(unlabelled);
        }
        Map<String, Instruction> vertices = new LinkedHashMap<>();
        List<String> cached = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher m = BK_STEP.matcher(line.strip());
            if (m.matches()) {
                Instruction i = byLabel.get((m.group(2) == null ? "" : m.group(2)) + " " + m.group(3));
                if (i != null) {
                    vertices.put(m.group(1), i);
                }
            }
            Matcher c = BK_CACHED.matcher(line.strip());
            if (c.matches()) {
                cached.add(c.group(1));
            }
        }
        Map<String, String> byText = new LinkedHashMap<>();
        for (var v : vertices.entrySet()) {
            Instruction i = v.getValue();
            if (i instanceof From) {
                continue;
            }
            String status = cached.contains(v.getKey()) ? "CACHED" : "REBUILT";
            out.put(i.span().startLine(), status);
            byText.put(text(file, i), status);
        }
        // BuildKit prints a step shared by several stages once: it stands for all of them
        for (var e : byLabel.values()) {
            if (!(e instanceof From) && !out.containsKey(e.span().startLine())
                    && byText.containsKey(text(file, e))) {
                out.put(e.span().startLine(), byText.get(text(file, e)));
            }
        }
        return out;
    }

    private static String text(Dockerfile file, Instruction i) {
        return file.source().text().substring(i.span().start(), i.span().end());
    }
}
