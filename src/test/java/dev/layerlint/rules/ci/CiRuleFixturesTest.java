package dev.layerlint.rules.ci;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.pipeline.Pipeline;
import dev.layerlint.pipeline.PipelineReader;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.RuleSettings;
import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.source.SourceText;
import dev.layerlint.testing.Golden;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fixtures of every pipeline rule (testdata/ci/CODE/): each YAML file
 * directly in the folder, and each YAML file under a sub-folder (a small
 * repository: the pipeline next to the Dockerfile it builds, or under
 * .github/workflows/), linted with that rule only. Markers are the
 * Dockerfile fixtures' ones, as YAML comments on their own line:
 * {@code # expect: CI001 ["substring"]} targets the next line that is not
 * blank or a comment, {@code # expect(+N): CI001} the line N below (inside a
 * folded scalar, where a comment line would join the command). A template a
 * fixture pipeline runs is linted as that pipeline sees it (its agent, the
 * parameters it passes), as {@code check DIR} does. A fixture with a
 * {@code NAME.fixed} file next to it is fixed with its rule's fixes and
 * compared with that golden. Strict: a
 * finding on an unmarked line fails, and so does a marker nothing matched.
 * Every rule has a positive fixture (with a marker) and a negative one.
 */
class CiRuleFixturesTest {
    private static final Pattern MARKER = Pattern.compile(
            "^\\s*# expect(?:\\(([+-]\\d+)\\))?: (CI\\d{3})(?: \"(.*)\")?\\s*$");

    record Expectation(int line, String code, String text) {
    }

    static List<Path> fixtures(String code) throws IOException {
        Path dir = Shared.projectDir().resolve("testdata/ci").resolve(code);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".yml")
                    || p.toString().endsWith(".yaml"))).sorted().toList();
        }
    }

    static List<Expectation> expectations(SourceText source) {
        List<Expectation> out = new ArrayList<>();
        for (int l = 1; l <= source.lineCount(); l++) {
            Matcher m = MARKER.matcher(source.line(l));
            if (!m.matches()) {
                continue;
            }
            int target;
            if (m.group(1) != null) {
                target = l + Integer.parseInt(m.group(1));
            } else {
                target = l + 1;
                while (target <= source.lineCount() && (source.line(target).isBlank()
                        || source.line(target).strip().startsWith("#"))) {
                    target++;
                }
            }
            out.add(new Expectation(target, m.group(2), m.group(3)));
        }
        return out;
    }

    /** A workflow of a fixture repository ({@code .github/workflows/}) is read with the others of that folder. */
    static List<Pipeline> others(Path f, List<Path> files) throws IOException, InputException {
        List<Pipeline> out = new ArrayList<>();
        if (!f.getParent().endsWith(Path.of(".github", "workflows"))) {
            return out;
        }
        for (Path o : files) {
            if (!o.equals(f) && o.getParent().equals(f.getParent())) {
                out.add(PipelineReader.read(SourceLoader.load(o, o.getFileName().toString()), o));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyRuleMatchesItsFixtures() {
        return CiRules.rules().stream().map(rule -> DynamicTest.dynamicTest(rule.info().code(), () -> {
            String code = rule.info().code();
            List<Path> files = fixtures(code);
            boolean positive = false;
            boolean negative = false;
            Map<Path, Pipeline> read = new LinkedHashMap<>();
            for (Path f : files) {
                read.put(f, PipelineReader.read(SourceLoader.load(f, f.getFileName().toString()), f));
            }
            for (Path f : files) {
                SourceText source = read.get(f).source();
                List<Expectation> want = expectations(source).stream().filter(e -> e.code().equals(code)).toList();
                positive |= !want.isEmpty();
                negative |= want.isEmpty();
                RuleSettings settings = new RuleSettings(List.of(code), List.of(), Map.of());
                // a template of a fixture repository is linted as the fixture pipelines that run it see it
                Map<Path, Pipeline> callers = new LinkedHashMap<>();
                read.forEach((c, p) -> {
                    if (p.runsStepsOf(f)) {
                        callers.put(c, p);
                    }
                });
                List<Finding> got = callers.isEmpty()
                        ? PipelineLinter.lint(read.get(f), f, settings, List.of(rule), others(f, files))
                        : PipelineLinter.lintTemplate(f, callers, settings, List.of(rule), others(f, files));
                // a fixture with a NAME.fixed golden: the rule's fixes (unsafe ones too) applied give that text
                Path golden = f.resolveSibling(f.getFileName() + ".fixed");
                if (Files.exists(golden)) {
                    Golden.check(golden, PipelineFixer.fix(source, f, settings, List.of(rule), true).text());
                }
                TreeSet<Integer> wantLines = new TreeSet<>();
                for (Expectation e : want) {
                    wantLines.add(e.line());
                    List<Finding> at = got.stream().filter(g -> g.span().startLine() == e.line()).toList();
                    assertThat(at).as("%s: %s expected on line %d", f, code, e.line()).isNotEmpty();
                    if (e.text() != null) {
                        assertThat(at).as("%s:%d message", f, e.line())
                                .anyMatch(g -> g.message().contains(e.text()));
                    }
                }
                for (Finding g : got) {
                    assertThat(wantLines).as("%s: unexpected %s at line %d: %s", f, code, g.span().startLine(),
                            g.message()).contains(g.span().startLine());
                    assertThat(g.message()).as("messages have no trailing period").doesNotEndWith(".");
                }
            }
            assertThat(positive).as("%s has a positive fixture", code).isTrue();
            assertThat(negative).as("%s has a negative fixture", code).isTrue();
        }));
    }

    @Test
    void everyFixtureFolderBelongsToAPipelineRule() throws IOException {
        try (Stream<Path> dirs = Files.list(Shared.projectDir().resolve("testdata/ci"))) {
            List<String> codes = CiRules.rules().stream().map(r -> r.info().code()).toList();
            assertThat(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()))
                    .allSatisfy(n -> assertThat(codes).contains(n));
        }
    }
}
