package dev.layerlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.rule.Rule;
import dev.layerlint.testing.RuleFixtures;
import dev.layerlint.testing.Shared;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registered rule against its fixtures in testdata/rules/CODE/ (positive, negative, an ONBUILD case
 * for rules that check triggers, fix goldens).
 */
class RuleFixturesTest {

    @TestFactory
    Stream<DynamicNode> everyRuleAgainstItsFixtures() throws Exception {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Rule rule : Registry.rules()) {
            String code = rule.info().code();
            assertThat(Shared.projectDir().resolve("testdata/rules/" + code)).as("fixtures of %s", code).isDirectory();
            List<RuleFixtures.Fixture> fixtures = RuleFixtures.fixtures(code);
            List<Integer> markers = new ArrayList<>();
            for (RuleFixtures.Fixture f : fixtures) {
                markers.add(RuleFixtures.markerCount(f, code));
            }
            assertThat(markers).as("%s needs a positive fixture (with expect markers)", code).anyMatch(n -> n > 0);
            assertThat(markers).as("%s needs a negative fixture (no expect markers)", code).contains(0);
            boolean hasFixGolden = fixtures.stream().anyMatch(f -> java.nio.file.Files.exists(f.dockerfile()
                    .resolveSibling(f.name().replace(".Dockerfile", ".fixed"))) || f.context() != null
                    && java.nio.file.Files.exists(f.context().resolve("Dockerfile.fixed")));
            if (hasFixGolden) {
                assertThat(rule.fixable()).as("%s has a fix golden, so it must say it is fixable", code).isTrue();
            }
            if (rule.checksOnbuild()) {
                long onbuild = 0;
                for (RuleFixtures.Fixture f : fixtures) {
                    onbuild += RuleFixtures.onbuildMarkers(f, code);
                }
                assertThat(onbuild).as("%s checks ONBUILD triggers: a fixture needs a finding on an ONBUILD line", code)
                        .isPositive();
            }
            List<DynamicTest> tests = new ArrayList<>();
            for (RuleFixtures.Fixture f : fixtures) {
                tests.add(DynamicTest.dynamicTest(f.name(), () -> {
                    org.junit.jupiter.api.Assumptions.assumeTrue(!code.equals("BU027")
                            || dev.layerlint.rules.correctness.ShellCheck.find(System.getenv("PATH")) != null,
                            "BU027 needs a shellcheck binary on PATH (.ci/run installs Debian's)");
                    RuleFixtures.check(rule, f);
                }));
            }
            nodes.add(DynamicContainer.dynamicContainer(code, tests));
        }
        return nodes.stream();
    }
}
