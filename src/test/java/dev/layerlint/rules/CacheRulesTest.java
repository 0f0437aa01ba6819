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

/** Every registered rule against its fixtures in testdata/rules/CODE/ (positive, negative, fix goldens). */
class CacheRulesTest {

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
            List<DynamicTest> tests = new ArrayList<>();
            for (RuleFixtures.Fixture f : fixtures) {
                tests.add(DynamicTest.dynamicTest(f.name(), () -> RuleFixtures.check(rule, f)));
            }
            nodes.add(DynamicContainer.dynamicContainer(code, tests));
        }
        return nodes.stream();
    }
}
