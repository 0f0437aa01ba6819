package dev.layerlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import dev.layerlint.fix.Fix;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.Rule;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rules.correctness.ShellCheck;
import dev.layerlint.testing.RuleFixtures;
import dev.layerlint.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;


/**
 * Every registered rule against its fixtures in testdata/rules/CODE/ (positive, negative, fix goldens), and its
 * metadata against what the fixtures show: a rule is {@code fixable} exactly when its fixtures get a fix that
 * {@code --fix} or {@code --unsafe-fixes} applies, and {@code checksOnbuild} exactly when they have a finding on an
 * ONBUILD line.
 */
class RuleFixturesTest {

    @TestFactory
    Stream<DynamicNode> everyRuleAgainstItsFixtures() throws Exception {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Rule rule : Registry.rules()) {
            String code = rule.info().code();
            List<DynamicTest> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest("metadata matches the fixtures", () -> metadataMatchesFixtures(rule)));
            List<RuleFixtures.Fixture> fixtures = Files.isDirectory(dir(code)) ? RuleFixtures.fixtures(code) : List.of();
            for (RuleFixtures.Fixture f : fixtures) {
                tests.add(DynamicTest.dynamicTest(f.name(), () -> {
                    assumeShellcheckFor(code);
                    RuleFixtures.check(rule, f);
                }));
            }
            nodes.add(DynamicContainer.dynamicContainer(code, tests));
        }
        return nodes.stream();
    }

    private static Path dir(String code) {
        return Shared.projectDir().resolve("testdata/rules/" + code);
    }

    private static void assumeShellcheckFor(String code) {
        org.junit.jupiter.api.Assumptions.assumeTrue(!code.equals("BU027")
                || ShellCheck.find(System.getenv("PATH")) != null,
                "BU027 needs a shellcheck binary on PATH (.ci/run installs Debian's)");
    }

    private static void metadataMatchesFixtures(Rule rule) throws Exception {
        RuleInfo info = rule.info();
        String code = info.code();
        assertThat(dir(code)).as("fixtures of %s", code).isDirectory();
        List<RuleFixtures.Fixture> fixtures = RuleFixtures.fixtures(code);
        List<Integer> markers = new ArrayList<>();
        long onbuild = 0;
        for (RuleFixtures.Fixture f : fixtures) {
            markers.add(RuleFixtures.markerCount(f, code));
            onbuild += RuleFixtures.onbuildMarkers(f, code);
        }
        assertThat(markers).as("%s needs a positive fixture (with expect markers)", code).anyMatch(n -> n > 0);
        assertThat(markers).as("%s needs a negative fixture (no expect markers)", code).contains(0);
        assertThat(onbuild > 0).as(info.checksOnbuild()
                ? "%s says it checks ONBUILD triggers (withOnbuild()): a fixture needs a finding on an ONBUILD line"
                : "%s has a finding on an ONBUILD line: say so in its RuleInfo (withOnbuild())", code)
                .isEqualTo(info.checksOnbuild());

        assumeShellcheckFor(code);
        boolean fixGolden = false;
        List<String> applicable = new ArrayList<>();
        for (RuleFixtures.Fixture f : fixtures) {
            fixGolden |= Files.exists(RuleFixtures.fixGolden(f, false)) || Files.exists(RuleFixtures.fixGolden(f, true));
            for (Finding finding : RuleFixtures.findings(rule, f)) {
                if (finding.fix() != null && finding.fix().safety() != Fix.Safety.DISPLAY_ONLY) {
                    applicable.add(f.name() + ":" + finding.span().startLine());
                }
            }
        }
        if (info.fixable()) {
            assertThat(applicable).as("%s says it is fixable (withFix()): a fixture needs a finding with a fix that"
                    + " --fix or --unsafe-fixes applies", code).isNotEmpty();
        } else {
            assertThat(applicable).as("%s emits fixes that --fix applies: say so in its RuleInfo (withFix())", code)
                    .isEmpty();
            assertThat(fixGolden).as("%s has a fix golden, so it must say it is fixable (withFix())", code).isFalse();
        }
    }
}
