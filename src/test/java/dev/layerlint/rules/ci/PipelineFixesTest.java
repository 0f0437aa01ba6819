package dev.layerlint.rules.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.fix.Fix;
import dev.layerlint.pipeline.PipelineReader;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.RuleSettings;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.source.SourceText;
import dev.layerlint.testing.Cli;
import dev.layerlint.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixes of pipeline findings on every pipeline under testdata/ci and testdata/explain-pipeline, with
 * every CI rule and unsafe fixes too: the fixed file is read again by the pipeline reader, every finding
 * whose fix was applied is gone, no finding appears that was not there before, every comment line is kept,
 * and a second fix changes nothing.
 */
class PipelineFixesTest {
    private static final RuleSettings ALL = new RuleSettings(CiRules.rules().stream().map(r -> r.info().code())
            .toList(), List.of(), Map.of());

    static List<Path> pipelines() throws Exception {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("testdata/ci", "testdata/explain-pipeline")) {
            try (Stream<Path> s = Files.walk(Shared.projectDir().resolve(dir))) {
                s.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".yml")
                        || p.toString().endsWith(".yaml"))).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** A finding's identity across a fix: its rule and its message without numbers (lines move). */
    private static String key(Finding f) {
        return f.rule().code() + " " + f.message().replaceAll("\\d+", "#");
    }

    @TestFactory
    Stream<DynamicTest> fixingEveryFixtureHolds() throws Exception {
        List<Path> files = pipelines();
        int[] changed = {0};
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            tests.add(DynamicTest.dynamicTest(Shared.projectDir().relativize(f).toString(), () -> {
                SourceText source = SourceLoader.load(f, f.getFileName().toString());
                List<Finding> before = PipelineLinter.lint(source, f, ALL, CiRules.rules());
                PipelineFixer.Outcome once = PipelineFixer.fix(source, f, ALL, CiRules.rules(), true);
                assertThat(once.problem()).as("no fix breaks the file").isNull();
                if (!once.changed(source.text())) {
                    assertThat(before).as("a finding with an edit was applied")
                            .noneMatch(b -> b.fix() != null && !b.fix().edits().isEmpty()
                                    && b.fix().safety() != Fix.Safety.DISPLAY_ONLY);
                    return;
                }
                changed[0]++;
                SourceText fixed = new SourceText(source.path(), once.text(), source.hasBom());
                PipelineReader.read(fixed, f); // parses
                List<Finding> after = PipelineLinter.lint(fixed, f, ALL, CiRules.rules());
                List<String> was = before.stream().map(PipelineFixesTest::key).toList();
                for (Finding a : after) {
                    assertThat(was).as("%s: new finding after fixing: %s", f, a.message()).contains(key(a));
                }
                List<String> still = after.stream().map(PipelineFixesTest::key).toList();
                for (Finding b : before) {
                    if (b.fix() != null && !b.fix().edits().isEmpty() && b.fix().safety() != Fix.Safety.DISPLAY_ONLY) {
                        assertThat(still).as("%s: fixed finding still there: %s", f, b.message())
                                .doesNotContain(key(b));
                    }
                }
                for (int l = 1; l <= source.lineCount(); l++) {
                    String line = source.line(l);
                    if (line.strip().startsWith("#")) {
                        assertThat(once.text()).as("comment kept").contains(line);
                    }
                }
                PipelineFixer.Outcome twice = PipelineFixer.fix(fixed, f, ALL, CiRules.rules(), true);
                assertThat(twice.text()).as("a second fix changes nothing").isEqualTo(once.text());
            }));
        }
        tests.add(DynamicTest.dynamicTest("some fixtures are fixed", () ->
                assertThat(changed[0]).isGreaterThanOrEqualTo(8)));
        return tests.stream();
    }

    /**
     * The same on the 256 real pipelines of ../shared/corpus/ci (inputs nobody here wrote): no fix breaks a
     * file, none adds a finding, a second fix changes nothing. Counts are in bench/ci-fixes/README.md.
     */
    @Test
    void fixingTheCorpusHolds() throws Exception {
        Path dir = Shared.require("corpus/ci");
        List<String> rows = Files.readAllLines(dir.resolve("MANIFEST.tsv"));
        List<String> failures = new ArrayList<>();
        int changed = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] cols = row.split("\t");
            if (cols[7].equals("dockerfile")) {
                continue;
            }
            Path f = dir.resolve(cols[0]);
            SourceText source = SourceLoader.load(f, cols[0]);
            List<Finding> before = PipelineLinter.lint(source, f, ALL, CiRules.rules());
            PipelineFixer.Outcome once = PipelineFixer.fix(source, f, ALL, CiRules.rules(), true);
            if (once.problem() != null) {
                failures.add(cols[0] + ": " + once.problem());
            }
            if (!once.changed(source.text())) {
                continue;
            }
            changed++;
            SourceText fixed = new SourceText(source.path(), once.text(), source.hasBom());
            List<String> was = before.stream().map(PipelineFixesTest::key).toList();
            for (Finding a : PipelineLinter.lint(fixed, f, ALL, CiRules.rules())) {
                if (!was.contains(key(a))) {
                    failures.add(cols[0] + ": new finding " + a.rule().code() + " " + a.message());
                }
            }
            if (!PipelineFixer.fix(fixed, f, ALL, CiRules.rules(), true).text().equals(once.text())) {
                failures.add(cols[0] + ": a second fix changes the file again");
            }
        }
        assertThat(failures).isEmpty();
        assertThat(changed).as("files the fixes change").isGreaterThan(0);
    }

    @Test
    void fixWritesOnlySafeFixesAndDiffShowsUnsafeOnesOnRequest(@TempDir Path dir) throws Exception {
        Path src = Shared.projectDir().resolve("testdata/ci/CI005/positive.gitlab-ci.yml");
        Path copy = dir.resolve(".gitlab-ci.yml");
        Files.copy(src, copy);
        String original = Files.readString(copy);

        Cli.Run fix = Cli.run("check", "--fix", copy.toString());
        assertThat(Files.readString(copy)).as("--fix never applies an unsafe fix").isEqualTo(original);
        assertThat(fix.out()).contains("CI005");

        Cli.Run diff = Cli.run("check", "--diff", "--unsafe-fixes", copy.toString());
        assertThat(diff.exit()).isZero();
        assertThat(diff.out()).contains("+    - docker pull $CI_REGISTRY_IMAGE:latest || true");
        assertThat(Files.readString(copy)).as("--diff writes nothing").isEqualTo(original);

        Cli.run("check", "--unsafe-fixes", copy.toString());
        assertThat(Files.readString(copy)).contains("- docker pull $CI_REGISTRY_IMAGE:latest || true\n"
                + "    - docker build --cache-from");
        assertThat(dir.toFile().list()).as("written atomically, no temporary file left").hasSize(1);
    }

    @Test
    void fixAppliesSafeFixes(@TempDir Path dir) throws Exception {
        Path wf = dir.resolve(".github/workflows");
        Files.createDirectories(wf);
        Path copy = wf.resolve("build.yml");
        Files.copy(Shared.projectDir().resolve("testdata/ci/CI008/positive.github.yml"), copy);
        Cli.Run fix = Cli.run("check", "--fix", copy.toString());
        assertThat(fix.err()).contains("fixed");
        assertThat(Files.readString(copy)).contains("cache-to: type=gha,scope=web,mode=max")
                .contains("cache-from: type=gha,scope=${{ matrix.service }}");
        assertThat(fix.out()).doesNotContain("CI008");
    }
}
