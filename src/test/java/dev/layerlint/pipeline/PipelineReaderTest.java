package dev.layerlint.pipeline;

import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.testing.Golden;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the reader sees in each pipeline under testdata/pipeline/reader/: jobs,
 * agents, builds with their Dockerfile, context, target, build args (with
 * each value's origin and exact line:column), caches and --no-cache, or the
 * error a malformed file gets; compared with the NAME.builds golden.
 */
class PipelineReaderTest {
    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(Shared.projectDir().resolve("testdata/pipeline/reader"))) {
            return s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void readsBuilds(Path file) throws Exception {
        String name = file.getFileName().toString();
        String actual;
        try {
            actual = PipelineReader.read(SourceLoader.load(file, name), file).describe();
        } catch (InputException e) {
            actual = "error: " + e.describe() + "\n";
        }
        Golden.check(file.resolveSibling(name.replaceAll("\\.yml$", ".builds")), actual);
    }

    /**
     * Azure templates: each pipeline at the top of testdata/pipeline/templates/ read with the templates it names
     * (under templates/), compared with its .builds golden; a build of a template keeps that file's places.
     */
    @ParameterizedTest
    @MethodSource("templatePipelines")
    void readsBuildsThroughTemplates(Path file) throws Exception {
        String name = file.getFileName().toString();
        String actual = PipelineReader.read(SourceLoader.load(file, name), file).describe();
        Golden.check(file.resolveSibling(name.replaceAll("\\.yml$", ".builds")), actual);
    }

    static List<Path> templatePipelines() throws IOException {
        try (Stream<Path> s = Files.list(Shared.projectDir().resolve("testdata/pipeline/templates"))) {
            return s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
    }
}
