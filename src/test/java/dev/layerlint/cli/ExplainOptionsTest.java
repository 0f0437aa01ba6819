package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.layerlint.testing.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explain's command line: the options shared with check, and the build history it records and reads. */
class ExplainOptionsTest {
    @TempDir
    Path dir;

    @Test
    void theOptionsSharedWithCheckAreCheckOptionsOwn() {
        String help = Cli.run("explain", "--help").out();
        for (CheckOption option : ExplainCommand.SHARED) {
            assertThat(help).as("explain --help lists %s", option.longName())
                    .contains(option.longName() + (option.isFlag() ? "" : "=" + option.paramLabel));
        }
        assertThat(help).contains("--history=FILE").contains("--record=FILE").contains("docker build");
    }

    @Test
    void aCheckFormatThatExplainCannotWriteIsAClearError() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\nRUN echo hi\n");
        Cli.Run run = Cli.run("explain", dir.resolve("Dockerfile").toString(), "--format", "sarif", "--changed", "x");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("explain writes --format text or json, not sarif");
    }

    @Test
    void theHistoryHoldsWhatTheCacheKeyNeedsAndNoMtime() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\nARG V=1\nCOPY . /src\nRUN ls /src\n");
        Files.writeString(dir.resolve("run.sh"), "echo hi\n");
        Files.setPosixFilePermissions(dir.resolve("run.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dir.resolve(".dockerignore"), "*.log\n");
        Files.writeString(dir.resolve("debug.log"), "x\n");
        Path history = dir.resolve("../history-" + dir.getFileName() + ".json").normalize();
        Cli.Run run = Cli.run("explain", dir.resolve("Dockerfile").toString(), "--record", history.toString(),
                "--build-arg", "V=2", "--builder", "classic", "--target", "0");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("recorded this build as build 1");
        JsonObject build = JsonParser.parseString(Files.readString(history)).getAsJsonObject()
                .getAsJsonArray("builds").get(0).getAsJsonObject();
        assertThat(build.get("builder").getAsString()).isEqualTo("classic");
        assertThat(build.get("target").getAsString()).isEqualTo("0");
        assertThat(build.get("dockerfilePath").getAsString()).isEqualTo("Dockerfile");
        assertThat(build.get("dockerfile").getAsString()).startsWith("FROM alpine\nARG V=1\n");
        assertThat(build.get("dockerignore").getAsString()).isEqualTo("*.log\n");
        // a build argument's value is kept as its digest, never in clear (it may be a credential)
        assertThat(build.getAsJsonObject("buildArgs").get("V").getAsString())
                .isEqualTo("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest("2".getBytes(StandardCharsets.UTF_8))));
        JsonObject context = build.getAsJsonObject("context");
        assertThat(context.keySet()).containsExactly(".dockerignore", "Dockerfile", "run.sh");
        assertThat(context.getAsJsonObject("run.sh").get("mode").getAsString()).isEqualTo("0755");
        assertThat(context.getAsJsonObject("run.sh").get("sha256").getAsString()).hasSize(64);
        // a BuildKit build finds no classic build in the history: a cold build
        Cli.Run bk = Cli.run("explain", dir.resolve("Dockerfile").toString(), "--history", history.toString(),
                "--build-arg", "V=2", "--format", "json");
        assertThat(JsonParser.parseString(bk.out()).getAsJsonObject().getAsJsonArray("comparedWith")).isEmpty();
        // the classic builder finds it: same argument, all cached, from build 1
        Cli.Run classic = Cli.run("explain", dir.resolve("Dockerfile").toString(), "--history", history.toString(),
                "--build-arg", "V=2", "--builder", "classic", "--format", "json");
        JsonObject out = JsonParser.parseString(classic.out()).getAsJsonObject();
        assertThat(out.getAsJsonObject("summary").get("rebuilt").getAsInt()).isZero();
        assertThat(out.getAsJsonArray("steps").get(3).getAsJsonObject().get("from").getAsString())
                .isEqualTo("build 1");
    }

    @Test
    void aHistoryThatIsNotOneIsAClearError() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\n");
        Files.writeString(dir.resolve("h.json"), "{\"version\": 9, \"builds\": []}");
        Cli.Run run = Cli.run("explain", dir.resolve("Dockerfile").toString(), "--history",
                dir.resolve("h.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("layerlint: error: --history").contains("version 9")
                .doesNotContain("Exception");
    }

    /** --store decides what COPY --link does, and the output says which store it assumed. */
    @Test
    void theStoreDecidesWhatALinkedCopyDoesAndIsNamed() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\nCOPY a.txt /a.txt\nCOPY --link b.txt /b.txt\n"
                + "RUN cat /a.txt /b.txt\n");
        Files.writeString(dir.resolve("a.txt"), "a\n");
        Files.writeString(dir.resolve("b.txt"), "b\n");
        String file = dir.resolve("Dockerfile").toString();
        Cli.Run overlay = Cli.run("explain", file, "--changed", "a.txt");
        assertThat(overlay.exit()).as(overlay.err()).isZero();
        assertThat(overlay.out()).contains("(BuildKit, overlay2 image store)")
                .containsPattern("3  COPY --link b\\.txt /b\\.txt +REBUILT +after line 2")
                .contains("3 of 3 steps rebuilt");
        Cli.Run containerd = Cli.run("explain", file, "--changed", "a.txt", "--store", "containerd");
        assertThat(containerd.out()).contains("(BuildKit, containerd image store)")
                .containsPattern("3  COPY --link b\\.txt /b\\.txt +cached")
                .containsPattern("4  RUN cat /a\\.txt /b\\.txt +REBUILT +after line 2")
                .contains("2 of 3 steps rebuilt");
        assertThat(Cli.run("explain", file, "--changed", "a.txt", "--format", "json").out())
                .contains("\"store\": \"overlay2\"");
        // without a linked COPY the store changes nothing and is not named
        Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\nCOPY a.txt /a.txt\n");
        assertThat(Cli.run("explain", file, "--changed", "a.txt").out()).contains("(BuildKit)\n")
                .doesNotContain("store");
        Cli.Run bad = Cli.run("explain", file, "--store", "zfs", "--changed", "a.txt");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--store").contains("overlay2 or containerd").doesNotContain("Exception");
    }
}
