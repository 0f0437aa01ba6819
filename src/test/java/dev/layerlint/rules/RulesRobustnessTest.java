package dev.layerlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.layerlint.parser.InstructionGenerator;
import dev.layerlint.parser.Parser;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.Fixer;
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
 * over seeded mutations of the rule fixtures, of the corpus, and over random
 * instructions generated from the parser's vocabulary: no rule crashes (a
 * crash would show as an "internal error" finding), and every finding lies
 * inside its file. The tests that need the corpus are separate, so a run
 * without it tests exactly the same inputs with the same seeds as a run with it.
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

    /** Lints with every rule; records a crash or a finding outside the file; returns the number of findings. */
    private static int check(SourceText source, String name, List<String> problems) {
        try {
            List<Finding> findings = Linter.lint(source, null, ALL, Registry.rules()).findings();
            for (Finding f : findings) {
                if (f.message().startsWith(Linter.INTERNAL_ERROR) || f.span().end() > source.length()
                        || f.span().startLine() < 1 || f.span().startLine() > Math.max(1, source.lineCount())) {
                    problems.add(name + ": " + f.rule().code() + " " + f.span() + " " + f.message());
                }
            }
            return findings.size();
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(name + ": " + e);
            return 0;
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
    void everyRuleOnMutatedFixtures() throws Exception {
        // the rule fixtures reach every rule; the inputs and the seed never depend on optional data
        List<Path> fixtures = dockerfiles(Shared.projectDir().resolve("testdata/rules")).stream()
                .filter(p -> p.getFileName().toString().endsWith("Dockerfile")).toList();
        fuzz(fixtures, Long.getLong("fuzz.seed", 20261124L), Integer.getInteger("fuzz.rules.cases", 1500));
    }

    @Test
    void everyRuleOnMutatedCorpusFiles() throws Exception {
        fuzz(dockerfiles(Shared.require("corpus/real")), Long.getLong("fuzz.seed", 20261125L),
                Integer.getInteger("fuzz.rules.cases", 1500));
    }

    /**
     * Random instructions from the parser's own vocabulary (every keyword and
     * flag, odd and empty arguments, heredocs, ONBUILD, fragments with no
     * FROM): no rule throws, every finding lies inside its file, and applying
     * every fix (unsafe ones too) does not throw either. The suite runs a
     * fixed sample; bench/fuzz-rules.sh runs any number with fresh seeds.
     */
    @Test
    void everyRuleOnGeneratedInstructions() {
        long seed = Long.getLong("fuzz.seed", 20261206L);
        int cases = Integer.getInteger("fuzz.generated.cases", 1500);
        InstructionGenerator generator = new InstructionGenerator(seed);
        List<String> problems = new ArrayList<>();
        long findings = 0;
        for (int n = 0; n < cases && problems.size() < 20; n++) {
            String text = generator.dockerfile();
            SourceText source = SourceText.of("generated-" + n, text);
            int before = problems.size();
            findings += check(source, "seed " + seed + " case " + n, problems);
            try {
                Fixer.Outcome fixed = Fixer.fix(source, null, ALL, Registry.rules(), true);
                Parser.parse(SourceText.of("fixed-" + n, fixed.dockerfile()));
            } catch (RuntimeException | StackOverflowError e) {
                problems.add("seed " + seed + " case " + n + ": fixing threw " + e);
            }
            if (problems.size() > before) { // the input, so a failure can be replayed as a fixture
                problems.add("--- input of seed " + seed + " case " + n + " ---\n" + text + "\n---");
            }
        }
        System.out.println("generated-instruction fuzz: seed " + seed + ", " + cases + " files, " + findings
                + " findings");
        assertThat(problems).isEmpty();
        assertThat(findings).as("the generated files reach the rules").isGreaterThan(cases);
    }

    private static void fuzz(List<Path> files, long seed, int cases) throws Exception {
        List<String> seeds = new ArrayList<>();
        for (Path p : files) {
            seeds.add(SourceLoader.load(p, p.toString()).text());
        }
        String[] inserts = {"\"", "'", "\\\n", "$", "${", "|", "&&", ";", "\n", "ONBUILD ", "--from=", "[", "=",
            " / ", "<<EOF\n", "chmod 777 ", "curl x | sh", "/run/secrets/x "};
        SplittableRandom random = new SplittableRandom(seed);
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
                check(SourceText.of("case-" + n, text), "seed " + seed + " case " + n, problems);
            }
        });
        assertThat(problems).isEmpty();
    }
}
