package dev.layerlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.rule.Rule;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry is complete and unambiguous: a rule class that is not registered would pass every other test
 * without ever running, and a fixture folder of no rule is never read. (That every registered rule has a doc and
 * fixtures is checked by RuleDocsTest and RuleFixturesTest.)
 */
class RegistryTest {

    @Test
    void everyRuleClassIsRegistered() throws Exception {
        Set<Class<?>> registered = new HashSet<>();
        for (Rule rule : Registry.rules()) {
            assertThat(registered.add(rule.getClass())).as("%s registered twice", rule.getClass().getName()).isTrue();
        }
        List<Class<?>> ruleClasses = ruleClasses();
        assertThat(ruleClasses).as("rule classes found in the compiled dev.layerlint.rules package")
                .hasSizeGreaterThanOrEqualTo(Registry.rules().size());
        assertThat(ruleClasses.stream().filter(c -> !registered.contains(c)).map(Class::getName))
                .as("rule classes not in Registry (they never run)").isEmpty();
    }

    @Test
    void codesNamesAndAliasesAreUnique() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (RuleInfo info : Registry.infos()) {
            List<String> keys = new ArrayList<>(List.of(info.code(), info.name()));
            keys.addAll(info.aliases());
            for (String key : keys) {
                String previous = owner.put(key.toLowerCase(Locale.ROOT), info.code());
                if (previous != null && !previous.equals(info.code())) {
                    clashes.add(key + " (" + previous + " and " + info.code() + ")");
                }
            }
        }
        assertThat(clashes).as("codes, names or aliases that name two rules").isEmpty();
    }

    @Test
    void everyFixtureFolderBelongsToARegisteredRule() throws IOException {
        Set<String> codes = new HashSet<>();
        Registry.rules().forEach(r -> codes.add(r.info().code()));
        try (Stream<Path> dirs = Files.list(Shared.projectDir().resolve("testdata/rules"))) {
            List<String> folders = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList();
            assertThat(folders).isNotEmpty();
            assertThat(folders.stream().filter(name -> !codes.contains(name)))
                    .as("folders of testdata/rules that belong to no registered rule (their fixtures never run)")
                    .isEmpty();
        }
    }

    /** Every concrete class implementing Rule in the compiled dev.layerlint.rules package and below. */
    private static List<Class<?>> ruleClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Registry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path rules = classes.resolve("dev/layerlint/rules");
        assertThat(rules).as("compiled rules (the test runs from target/classes)").isDirectory();
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String relative = classes.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".");
                Class<?> c = Class.forName(relative.substring(0, relative.length() - ".class".length()), false,
                        Registry.class.getClassLoader());
                if (Rule.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
