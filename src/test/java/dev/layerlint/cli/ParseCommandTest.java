package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.layerlint.testing.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    @Test
    void printsTheAstAsJson() {
        Cli.Run run = Cli.runWithStdin("FROM alpine AS base\nRUN echo hi\n", "parse", "-");
        assertThat(run.exit()).isEqualTo(0);
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(root.get("version").getAsInt()).isEqualTo(1);
        JsonObject from = root.getAsJsonArray("instructions").get(0).getAsJsonObject();
        assertThat(from.get("type").getAsString()).isEqualTo("FROM");
        assertThat(from.getAsJsonObject("stageName").get("text").getAsString()).isEqualTo("base");
        assertThat(from.getAsJsonObject("stageName").getAsJsonArray("span").toString()).isEqualTo("[1,16,1,20]");
    }

    @Test
    void buildkitFormat() {
        Cli.Run run = Cli.runWithStdin("FROM alpine\nRUN --mount=type=cache,target=/x echo a \\\n  b\n", "parse",
                "--format", "buildkit", "-");
        assertThat(run.out()).isEqualTo("(from \"alpine\")\n(run [\"--mount=type=cache,target=/x\"] \"echo a   b\")\n");
    }

    @Test
    void syntaxErrorsExitOneAndStillPrint() {
        Cli.Run run = Cli.runWithStdin("FROM alpine\nENV X\n", "parse", "-");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("\"errors\"").contains("ENV X has no value");
    }

    @Test
    void directoryIsAClearErrorExitTwo(@TempDir Path dir) {
        Cli.Run run = Cli.run("parse", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(dir + ": error: is a directory, not a Dockerfile\n");
    }
}
