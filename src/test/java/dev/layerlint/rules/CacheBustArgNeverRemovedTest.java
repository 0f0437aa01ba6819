package dev.layerlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Instruction;
import dev.layerlint.cache.Builder;
import dev.layerlint.cache.VolatileArgs;
import dev.layerlint.parser.Parser;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.LintOptions;
import dev.layerlint.rule.Linter;
import dev.layerlint.rule.RuleSettings;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.source.SourceText;
import dev.layerlint.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A cache-bust ARG (a name with {@link VolatileArgs#bustIntent}) exists to
 * change: no rule may tell to remove it, on any rule fixture, with every
 * rule on, and even when the team lists it in volatile-args. The seed's
 * four-stage idiom (testdata/rules/CA005/seed-clone-stage.Dockerfile) gets
 * no finding on its ARG at all.
 */
class CacheBustArgNeverRemovedTest {
    private static final RuleSettings ALL = new RuleSettings(Registry.infos().stream().map(i -> i.code()).toList(),
            List.of(), Map.of());

    @Test
    void noRuleTellsToRemoveACacheBustArg() throws Exception {
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(Shared.projectDir().resolve("testdata/rules"))) {
            fixtures = files.filter(p -> p.getFileName().toString().endsWith("Dockerfile")).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        int busters = 0;
        for (Path p : fixtures) {
            SourceText source = SourceLoader.load(p, p.getFileName().toString());
            List<String> names = new ArrayList<>();
            for (Instruction i : Parser.parse(source).dockerfile().instructions()) {
                if (i instanceof Arg arg) {
                    for (ArgDeclaration d : arg.declarations()) {
                        if (VolatileArgs.bustIntent(d.name().text())) {
                            names.add(d.name().text());
                        }
                    }
                }
            }
            if (names.isEmpty()) {
                continue;
            }
            busters += names.size();
            LintOptions options = new LintOptions(Builder.BUILDKIT, Map.of(), Set.copyOf(names), null, null, ALL);
            for (Finding f : Linter.lint(source, p, options, Registry.rules()).findings()) {
                String text = (f.message() + " " + (f.fix() == null ? "" : f.fix().title())).toLowerCase(Locale.ROOT);
                for (String name : names) {
                    if (text.contains(name.toLowerCase(Locale.ROOT)) && text.contains("remove")) {
                        problems.add(p.getFileName() + ":" + f.span().startLine() + " " + f.rule().code() + ": "
                                + f.message() + (f.fix() == null ? "" : " / " + f.fix().title()));
                    }
                }
            }
        }
        assertThat(busters).as("fixtures with a cache-bust ARG").isGreaterThanOrEqualTo(5);
        assertThat(problems).isEmpty();
    }

    @Test
    void theSeedIdiomGetsNoFindingOnItsArg() throws Exception {
        Path seed = Shared.projectDir().resolve("testdata/rules/CA005/seed-clone-stage.Dockerfile");
        SourceText source = SourceLoader.load(seed, "Dockerfile");
        int argLine = -1;
        for (Instruction i : Parser.parse(source).dockerfile().instructions()) {
            if (i instanceof Arg) {
                argLine = i.span().startLine();
            }
        }
        assertThat(argLine).isPositive();
        final int line = argLine;
        LintOptions options = LintOptions.defaults().withRules(ALL);
        List<Finding> onArg = Linter.lint(source, seed, options, Registry.rules()).findings().stream()
                .filter(f -> f.span().startLine() == line).toList();
        assertThat(onArg).isEmpty();
    }
}
