package dev.layerlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One home per fact (DESIGN.md 1b), where a second copy can be seen in the
 * source: globs are compiled only by {@link Glob} (behind BuildKit's two
 * matchers, {@link DockerIgnore} and {@link CopySource}), and the words
 * BuildKit expands are listed only by {@link ExpandedWords}.
 */
class OneHomeTest {
    /** What a hand-rolled glob leaves behind: a segment wildcard as a regex, or Java's own glob dialect. */
    private static final List<String> GLOB_COMPILERS = List.of("\"[^/]", "getPathMatcher", "PathMatcher",
            "globRegex");

    /** The instructions only a list of expanded words names together (ExpandedWords has all six). */
    private static final List<String> EXPANDING = List.of("instanceof Workdir", "instanceof User",
            "instanceof Volume", "instanceof Stopsignal", "instanceof Label", "instanceof Expose");

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(Shared.projectDir().resolve("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void onlyGlobCompilesGlobs() throws IOException {
        List<String> copies = new ArrayList<>();
        for (Path file : mainSources()) {
            if (file.endsWith(Path.of("model", "Glob.java"))) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (String sign : GLOB_COMPILERS) {
                if (text.contains(sign)) {
                    copies.add(file.getFileName() + " has " + sign);
                }
            }
        }
        assertThat(copies).as("match paths through model.CopySource or model.DockerIgnore (model.Glob)").isEmpty();
    }

    @Test
    void onlyExpandedWordsListsTheWordsBuildKitExpands() throws IOException {
        List<String> copies = new ArrayList<>();
        for (Path file : mainSources()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            long named = EXPANDING.stream().filter(text::contains).count();
            if (named >= 4 && !file.endsWith(Path.of("model", "ExpandedWords.java"))) {
                copies.add(file.getFileName() + " names " + named + " of " + EXPANDING);
            }
        }
        assertThat(copies).as("read model.ExpandedWords instead of listing the words again").isEmpty();
    }

    @Test
    void theSignsAreWhereTheHomesAre() throws IOException {
        Path model = Shared.projectDir().resolve("src/main/java/dev/layerlint/model");
        assertThat(Files.readString(model.resolve("Glob.java"))).contains("\"[^/]");
        String words = Files.readString(model.resolve("ExpandedWords.java"));
        assertThat(EXPANDING).allMatch(words::contains);
    }
}
