package dev.layerlint.testing;

import static org.assertj.core.api.Assertions.assertThat;
import dev.layerlint.config.ConfigLoader;
import dev.layerlint.fix.Fix;
import dev.layerlint.parser.Parser;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.Fixer;
import dev.layerlint.rule.LintOptions;
import dev.layerlint.rule.Linter;
import dev.layerlint.rule.Rule;
import dev.layerlint.rule.RuleSettings;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;


/**
 * Runs the fixtures of one rule (testdata/rules/CODE/): every
 * {@code *.Dockerfile}, or {@code DIR/Dockerfile} with DIR as the build
 * context. Markers on their own line: {@code # expect: CODE ["substring"]}
 * targets the next line that is not blank or a comment;
 * {@code # expect(+N): CODE} targets N lines below. Strict: a finding of the
 * rule on an unmarked line fails, and so does a marker nothing matched.
 * A sibling {@code NAME.fixed} (or {@code NAME.unsafe-fixed}) holds the
 * expected output of {@code --fix} (or {@code --unsafe-fixes}): it must
 * re-parse, no longer have a fixable finding of the rule, and be a fixed
 * point of a second fix.
 */
public final class RuleFixtures {
    private static final Pattern MARKER = Pattern.compile("^\\s*# expect(?:\\(([+-]\\d+)\\))?: ([A-Z]{2}\\d{3})(?: \"(.*)\")?\\s*$");

    /** One fixture: the Dockerfile and the context directory it is linted with (null when none). */
    public record Fixture(String name, Path dockerfile, Path context) {
    }

    private RuleFixtures() {
    }

    public static List<Fixture> fixtures(String code) throws IOException {
        Path dir = Shared.projectDir().resolve("testdata/rules").resolve(code);
        List<Fixture> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String n = p.getFileName().toString();
                if (Files.isDirectory(p) && Files.exists(p.resolve("Dockerfile"))) {
                    out.add(new Fixture(n, p.resolve("Dockerfile"), p));
                } else if (n.endsWith(".Dockerfile")) {
                    out.add(new Fixture(n, p, null));
                }
            }
        }
        return out;
    }

    /** The rule's findings on the fixture, linted as {@link #check} lints it. */
    public static List<Finding> findings(Rule rule, Fixture fixture) throws Exception {
        SourceText source = SourceLoader.load(fixture.dockerfile(), fixture.name());
        return findings(rule, fixture, source, options(rule, fixture));
    }

    private static List<Finding> findings(Rule rule, Fixture fixture, SourceText source, LintOptions options) {
        String code = rule.info().code();
        return Linter.lint(source, fixture.dockerfile(), options, List.of(rule)).findings()
                .stream().filter(f -> f.rule().code().equals(code)).toList();
    }

    public static void check(Rule rule, Fixture fixture) throws Exception {
        String code = rule.info().code();
        SourceText source = SourceLoader.load(fixture.dockerfile(), fixture.name());
        LintOptions options = options(rule, fixture);
        List<Finding> findings = findings(rule, fixture, source, options);
        List<String> problems = new ArrayList<>();
        List<String[]> markers = markers(source, code);
        List<Finding> unmatched = new ArrayList<>(findings);
        for (String[] m : markers) {
            int line = Integer.parseInt(m[0]);
            Finding hit = unmatched.stream().filter(f -> f.span().startLine() == line
                    && (m[1] == null || f.message().contains(m[1]))).findFirst().orElse(null);
            if (hit == null) {
                problems.add("line " + line + ": expected " + code + (m[1] == null ? "" : " \"" + m[1] + "\"")
                        + ", got none");
            } else {
                unmatched.remove(hit);
            }
        }
        for (Finding f : unmatched) {
            problems.add("line " + f.span().startLine() + ": unexpected " + code + ": " + f.message());
        }
        assertThat(problems).as("fixture %s", fixture.name()).isEmpty();
        checkFix(rule, fixture, source, options, false);
        checkFix(rule, fixture, source, options, true);
    }

    /**
     * Defaults with only this rule selected (so rules off by default run),
     * the fixture's context, and the rule settings of a {@code .layerlint.yaml}
     * in the rule's fixture folder, if there is one.
     */
    static LintOptions options(Rule rule, Fixture fixture) throws Exception {
        LintOptions options = LintOptions.defaults().withContext(fixture.context())
                .withRules(new RuleSettings(List.of(rule.info().code()), List.of(), Map.of()));
        Path config = Shared.projectDir().resolve("testdata/rules").resolve(rule.info().code()).resolve(".layerlint.yaml");
        if (Files.exists(config)) {
            options = options.withConfig(ConfigLoader.load(config).ruleConfig(null, System.getenv("PATH")));
        }
        return options;
    }

    /** Lines with a marker of this code that are ONBUILD instructions. */
    public static long onbuildMarkers(Fixture fixture, String code) throws Exception {
        SourceText source = SourceLoader.load(fixture.dockerfile(), fixture.name());
        return markers(source, code).stream()
                .filter(m -> source.line(Integer.parseInt(m[0])).stripLeading().toUpperCase(Locale.ROOT)
                        .startsWith("ONBUILD")).count();
    }

    /** Where the fixture's expected {@code --fix} (or {@code --unsafe-fixes}) output is, if it has one. */
    public static Path fixGolden(Fixture fixture, boolean unsafe) {
        String suffix = unsafe ? ".unsafe-fixed" : ".fixed";
        return fixture.context() != null ? fixture.context().resolve("Dockerfile" + suffix)
                : fixture.dockerfile().resolveSibling(fixture.name().replace(".Dockerfile", suffix));
    }

    private static void checkFix(Rule rule, Fixture fixture, SourceText source, LintOptions options, boolean unsafe)
            throws Exception {
        Path expected = fixGolden(fixture, unsafe);
        if (!Files.exists(expected)) {
            return;
        }
        Fixer.Outcome outcome = Fixer.fix(source, fixture.dockerfile(), options, List.of(rule), unsafe);
        Golden.check(expected, outcome.dockerfile());
        SourceText fixed = SourceText.of(fixture.name(), outcome.dockerfile());
        assertThat(Parser.parse(fixed).errors()).as("the fixed file re-parses").isEmpty();
        List<Finding> again = Linter.lint(fixed, fixture.dockerfile(), options, List.of(rule)).findings().stream()
                .filter(f -> f.fix() != null && (f.fix().safety() == Fix.Safety.SAFE
                        || unsafe && f.fix().safety() == Fix.Safety.UNSAFE)).toList();
        assertThat(again).as("fixable findings left after the fix").isEmpty();
        Fixer.Outcome second = Fixer.fix(fixed, fixture.dockerfile(), options, List.of(rule), unsafe);
        assertThat(second.dockerfile()).as("a second fix changes nothing").isEqualTo(outcome.dockerfile());
    }

    /** How many {@code # expect: CODE} markers a fixture has. */
    public static int markerCount(Fixture fixture, String code) throws Exception {
        return markers(SourceLoader.load(fixture.dockerfile(), fixture.name()), code).size();
    }

    /** [target line, substring or null] for each marker of this code. */
    private static List<String[]> markers(SourceText source, String code) {
        List<String[]> out = new ArrayList<>();
        for (int line = 1; line <= source.lineCount(); line++) {
            Matcher m = MARKER.matcher(source.line(line));
            if (!m.matches() || !m.group(2).equals(code)) {
                continue;
            }
            int target;
            if (m.group(1) != null) {
                target = line + Integer.parseInt(m.group(1));
            } else {
                target = line + 1;
                while (target <= source.lineCount() && (source.line(target).isBlank()
                        || source.line(target).stripLeading().startsWith("#"))) {
                    target++;
                }
            }
            out.add(new String[] {String.valueOf(target), m.group(3)});
        }
        return out;
    }
}
