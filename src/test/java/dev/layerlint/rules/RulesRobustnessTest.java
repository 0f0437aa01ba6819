package dev.layerlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.layerlint.rule.Finding;
import dev.layerlint.rule.LintOptions;
import dev.layerlint.rule.Linter;
import dev.layerlint.rule.RuleConfig;
import dev.layerlint.rule.RuleSettings;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.source.SourceText;
import dev.layerlint.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule (the ones off by default too, with a label schema and trusted
 * registries configured) over every real Dockerfile of the shared corpus, and
 * over seeded mutations of the rule fixtures and the corpus: no rule crashes (a crash would show as an
 * "internal error" finding), and every finding lies inside its file.
 */
class RulesRobustnessTest {
    private static final LintOptions ALL = LintOptions.defaults()
            .withRules(new RuleSettings(Registry.infos().stream().map(i -> i.code()).toList(), List.of(), Map.of()))
            .withConfig(new RuleConfig(List.of("docker.io"), Map.of("org.opencontainers.image.source", "url",
                    "org.opencontainers.image.version", "semver"), true, null));

    private static List<Path> dockerfiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".tsv")
                    && !p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    private static void check(SourceText source, String name, List<String> problems) {
        try {
            for (Finding f : Linter.lint(source, null, ALL, Registry.rules()).findings()) {
                if (f.message().startsWith(Linter.INTERNAL_ERROR) || f.span().end() > source.length()
                        || f.span().startLine() < 1 || f.span().startLine() > Math.max(1, source.lineCount())) {
                    problems.add(name + ": " + f.rule().code() + " " + f.span() + " " + f.message());
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(name + ": " + e);
        }
    }

    @Test
    void everyRuleOnEveryCorpusFile() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path p : dockerfiles(Shared.require("corpus/real"))) {
            check(SourceLoader.load(p, p.toString()), p.toString(), problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRuleOnMutatedFiles() throws Exception {
        // the rule fixtures (they reach every rule), and the real corpus when it is here
        List<Path> files = new ArrayList<>(dockerfiles(Shared.projectDir().resolve("testdata/rules")).stream()
                .filter(p -> p.getFileName().toString().endsWith("Dockerfile")).toList());
        Path corpus = Shared.projectDir().resolve("../shared/corpus/real").normalize();
        if (Files.isDirectory(corpus)) {
            files.addAll(dockerfiles(corpus));
        }
        List<String> seeds = new ArrayList<>();
        for (Path p : files) {
            seeds.add(SourceLoader.load(p, p.toString()).text());
        }
        String[] inserts = {"\"", "'", "\\\n", "$", "${", "|", "&&", ";", "\n", "ONBUILD ", "--from=", "[", "=",
            " / ", "<<EOF\n", "chmod 777 ", "curl x | sh", "/run/secrets/x "};
        SplittableRandom random = new SplittableRandom(Long.getLong("fuzz.seed", 20261124L));
        int cases = Integer.getInteger("fuzz.rules.cases", 1500);
        List<String> problems = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int n = 0; n < cases; n++) {
                String text = seeds.get(random.nextInt(seeds.size()));
                for (int m = 1 + random.nextInt(3); m > 0; m--) {
                    int at = random.nextInt(text.length() + 1);
                    text = random.nextBoolean() ? text.substring(0, at) + inserts[random.nextInt(inserts.length)]
                            + text.substring(at) : text.substring(0, at) + text.substring(Math.min(text.length(),
                            at + random.nextInt(1, 40)));
                }
                check(SourceText.of("case-" + n, text), "case " + n, problems);
            }
        });
        assertThat(problems).isEmpty();
    }
}
