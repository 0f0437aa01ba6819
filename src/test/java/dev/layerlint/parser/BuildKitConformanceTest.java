package dev.layerlint.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.layerlint.ast.Instruction;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.source.SourceText;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** BuildKit's own parser test cases (shared/conformance/buildkit-parser). */
class BuildKitConformanceTest {

    private static ParseResult parse(Path file) throws Exception {
        SourceText source = SourceLoader.load(file, file.toString());
        return Parser.parse(source);
    }

    @TestFactory
    Stream<DynamicTest> positiveCasesDumpLikeBuildKit() throws IOException {
        Path dir = Shared.require("conformance/buildkit-parser");
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> Files.isRegularFile(p.resolve("Dockerfile")) && Files.isRegularFile(p.resolve("result")))
                    .sorted().forEach(cases::add);
        }
        assertThat(cases).hasSize(33);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            ParseResult result = parse(c.resolve("Dockerfile"));
            String expected = Files.readString(c.resolve("result"), StandardCharsets.UTF_8).replace("\r\n", "\n");
            assertThat(BuildKitDump.render(result.dockerfile())).isEqualTo(expected);
        }));
    }

    @TestFactory
    Stream<DynamicTest> negativeCasesAreSyntaxErrors() throws IOException {
        Path dir = Shared.require("conformance/buildkit-parser/_testfiles-negative");
        List<Path> cases;
        try (Stream<Path> list = Files.list(dir)) {
            cases = list.sorted().toList();
        }
        assertThat(cases).hasSize(4);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            ParseResult result = parse(c.resolve("Dockerfile"));
            assertThat(result.errors()).as("syntax errors of %s", c).isNotEmpty();
        }));
    }

    @Test
    void lineNumbersMatchBuildKit() throws Exception {
        Path dir = Shared.require("conformance/buildkit-parser/_testfile-line");
        ParseResult result = parse(dir.resolve("Dockerfile"));
        JsonObject expected = JsonParser.parseString(
                Files.readString(dir.resolve("expected-lines.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        List<Instruction> instructions = result.dockerfile().instructions();
        JsonArray lines = expected.getAsJsonArray("instructions");
        assertThat(instructions).hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonObject line = lines.get(i).getAsJsonObject();
            Instruction instruction = instructions.get(i);
            assertThat(instruction.keyword().name()).isEqualTo(line.get("keyword").getAsString());
            assertThat(instruction.span().startLine()).isEqualTo(line.get("start_line").getAsInt());
            assertThat(instruction.span().endLine()).isEqualTo(line.get("end_line").getAsInt());
        }
        JsonElement root = expected.get("root");
        assertThat(instructions.get(0).span().startLine()).isEqualTo(root.getAsJsonObject().get("start_line").getAsInt());
        assertThat(instructions.get(instructions.size() - 1).span().endLine())
                .isEqualTo(root.getAsJsonObject().get("end_line").getAsInt());
        assertThat(result.errors()).isEmpty();
    }
}
