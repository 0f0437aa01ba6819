package dev.layerlint.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.source.SourceLoader;
import dev.layerlint.testing.Golden;
import dev.layerlint.testing.Shared;
import dev.layerlint.testing.SpanChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * testdata/parser/NAME.Dockerfile parses to the AST in NAME.ast.json
 * (regenerate with -Dgolden.update=true and review the diff), and every span
 * of it reproduces the source.
 */
class ParserGoldenTest {

    @TestFactory
    Stream<DynamicTest> fixturesMatchGoldenAst() throws IOException {
        Path dir = Shared.projectDir().resolve("testdata/parser");
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(dir)) {
            fixtures = files.filter(p -> p.getFileName().toString().endsWith(".Dockerfile")).sorted().toList();
        }
        assertThat(fixtures).hasSizeGreaterThan(10);
        return fixtures.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = f.getFileName().toString();
            ParseResult result = Parser.parse(SourceLoader.load(f, name));
            assertThat(SpanChecks.check(result.dockerfile())).as("span problems").isEmpty();
            Golden.check(dir.resolve(name.replace(".Dockerfile", ".ast.json")), AstJson.render(result));
        }));
    }
}
