package dev.layerlint.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every pipeline of ../shared/corpus/ci is read without a crash and without
 * an input error (they are all valid YAML), and the reader finds builds in
 * most of them (every file builds an image, some only through scripts,
 * templates or remote includes the reader cannot see).
 */
class PipelineCorpusTest {
    @Test
    void everyCorpusPipelineIsRead() throws Exception {
        Path dir = Shared.require("corpus/ci");
        List<String> failures = new ArrayList<>();
        int files = 0;
        int withBuilds = 0;
        for (String row : Files.readAllLines(dir.resolve("MANIFEST.tsv")).subList(1,
                Files.readAllLines(dir.resolve("MANIFEST.tsv")).size())) {
            String[] cols = row.split("\t");
            if (cols[7].equals("dockerfile")) {
                continue;
            }
            files++;
            Path p = dir.resolve(cols[0]);
            try {
                Pipeline pipeline = PipelineReader.read(SourceLoader.load(p, cols[0]), p);
                if (!pipeline.builds().isEmpty()) {
                    withBuilds++;
                }
                pipeline.describe();
            } catch (InputException e) {
                failures.add(e.describe());
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(cols[0] + ": crash " + e);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(files).isEqualTo(256);
        // measured 217 of 256 (bench/ci-builds/README.md); a drop means the reader lost builds
        assertThat(withBuilds).isGreaterThanOrEqualTo(210);
    }
}
