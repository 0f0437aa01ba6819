package dev.layerlint.parser;

import static org.assertj.core.api.Assertions.assertThat;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.source.SourceText;
import dev.layerlint.testing.Shared;
import dev.layerlint.testing.SpanChecks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;


/**
 * Every real-world Dockerfile of shared/corpus/real parses with no syntax
 * error and no exception, and every span of every instruction reproduces the
 * source exactly.
 */
class RealCorpusTest {
    /**
     * Corpus files that are templates, not Dockerfiles: they hold {@code {{ }}}
     * template syntax that `docker build` rejects too ("unknown instruction").
     * They must keep producing syntax errors (and nothing else may).
     */
    private static final Set<String> TEMPLATES = Set.of(
            "dotnet__dotnet-docker/eng__dockerfile-templates__Dockerfile.linux.symlink",
            "microsoft__dotnet-framework-docker/eng__dockerfile-templates__runtime__Dockerfile.ltsc2016");

    @Test
    void everyCorpusFileParsesWithExactSpans() throws Exception {
        Path corpus = Shared.require("corpus/real");
        List<String> manifest = Files.readAllLines(corpus.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        int files = 0;
        int instructions = 0;
        for (String row : manifest.subList(1, manifest.size())) {
            if (row.isBlank()) {
                continue;
            }
            String name = row.substring(0, row.indexOf('\t'));
            Path file = corpus.resolve(name);
            files++;
            try {
                SourceText source = SourceLoader.load(file, name);
                ParseResult result = Parser.parse(source);
                instructions += result.dockerfile().instructions().size();
                if (TEMPLATES.contains(name)) {
                    if (!result.hasErrors()) {
                        problems.add(name + ": a template file parsed without a syntax error");
                    }
                } else {
                    for (SyntaxError error : result.errors()) {
                        problems.add(name + ":" + error.span() + ": syntax error: " + error.message());
                    }
                }
                problems.addAll(SpanChecks.check(result.dockerfile()));
            } catch (Exception | StackOverflowError e) {
                problems.add(name + ": " + e);
            }
        }
        System.out.printf("corpus: %d files, %d instructions, %d problems%n", files, instructions, problems.size());
        assertThat(files).isEqualTo(1133);
        assertThat(problems).as("problems over the real corpus").isEmpty();
    }
}
