package dev.layerlint.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.layerlint.source.SourceText;
import dev.layerlint.source.Span;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Thousands of seeded random mutations of Dockerfiles (the parser fixtures,
 * files generated from the parser's vocabulary and, in a test of its own, real
 * files of the shared corpus; byte flips,
 * truncation, deleted or duplicated lines, inserted quotes, escapes, heredoc
 * openers, brackets) go through the parser: no exception, no hang, and every
 * error located inside the file. The seed is fixed for reproducibility;
 * {@code -Dfuzz.seed=N -Dfuzz.cases=M} explores further.
 */
class MutationFuzzTest {
    private static final String[] INSERTS = {"\"", "'", "\\", "\\\n", "`", "<<", "<<EOF\n", "<<-'X'", "[", "]",
            "\n", "\r\n", "\r", "#", " --", "--mount=", "${", "$", "\t", "\u00e9", "ONBUILD ", "\uFEFF", "=", ","};

    @Test
    void mutatedParserFixturesNeverCrashOrHang() throws IOException {
        // the inputs and the seed never depend on optional data: a run without ../shared tests the same cases
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Shared.projectDir().resolve("testdata/parser"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".Dockerfile")).sorted().toList()) {
                seeds.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        }
        fuzz(seeds, Long.getLong("fuzz.seed", 20261123L), Integer.getInteger("fuzz.cases", 5000));
    }

    @Test
    void mutatedCorpusFilesNeverCrashOrHang() throws IOException {
        Path corpus = Shared.require("corpus/real");
        List<String> seeds = new ArrayList<>();
        List<String> manifest = Files.readAllLines(corpus.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        for (int i = 1; i < manifest.size(); i += 7) { // a spread-out sample of real files
            String name = manifest.get(i).split("\t", 2)[0];
            seeds.add(new String(Files.readAllBytes(corpus.resolve(name)), StandardCharsets.UTF_8));
        }
        fuzz(seeds, Long.getLong("fuzz.seed", 20261127L), Integer.getInteger("fuzz.cases", 5000));
    }

    @Test
    void generatedFilesNeverCrashOrHang() {
        long seed = Long.getLong("fuzz.seed", 20261206L);
        InstructionGenerator generator = new InstructionGenerator(seed);
        List<String> seeds = new ArrayList<>();
        for (int n = 0; n < 500; n++) {
            seeds.add(generator.dockerfile());
        }
        fuzz(seeds, seed, Integer.getInteger("fuzz.cases", 5000));
    }

    private static void fuzz(List<String> seeds, long seed, int cases) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> problems = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int n = 0; n < cases; n++) {
                String text = seeds.get(random.nextInt(seeds.size()));
                int mutations = 1 + random.nextInt(4);
                for (int m = 0; m < mutations; m++) {
                    text = mutate(text, random);
                }
                try {
                    SourceText source = SourceText.of("case-" + n, text);
                    ParseResult result = Parser.parse(source);
                    for (SyntaxError e : result.errors()) {
                        Span s = e.span();
                        if (s.end() > source.length() || s.startLine() < 1 || s.startLine() > source.lineCount()
                                || s.endLine() > source.lineCount() || e.message().isBlank()) {
                            problems.add("case " + n + ": error outside the file: " + s + " " + e.message());
                        }
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    problems.add("case " + n + " (seed " + seed + "): " + e);
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    private static String mutate(String text, SplittableRandom random) {
        if (text.isEmpty()) {
            return INSERTS[random.nextInt(INSERTS.length)];
        }
        int pos = random.nextInt(text.length() + 1);
        switch (random.nextInt(6)) {
            case 0 -> { // flip a character
                int at = Math.min(pos, text.length() - 1);
                char c = (char) (random.nextBoolean() ? random.nextInt(32, 127) : random.nextInt(0, 0x3000));
                return text.substring(0, at) + c + text.substring(at + 1);
            }
            case 1 -> { // truncate
                return text.substring(0, pos);
            }
            case 2, 3 -> { // delete or duplicate a line
                String[] lines = text.split("\n", -1);
                int line = random.nextInt(lines.length);
                List<String> out = new ArrayList<>(List.of(lines));
                if (random.nextBoolean()) {
                    out.remove(line);
                } else {
                    out.add(line, lines[line]);
                }
                return String.join("\n", out);
            }
            default -> { // insert syntax
                return text.substring(0, pos) + INSERTS[random.nextInt(INSERTS.length)] + text.substring(pos);
            }
        }
    }
}
