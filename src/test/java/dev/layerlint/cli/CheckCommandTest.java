package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.layerlint.testing.Cli;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


class CheckCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void cleanFileExitsZero() throws IOException {
        Path f = write("Dockerfile", "FROM alpine:3.20\nRUN echo ok\n");
        Cli.Run run = Cli.run("check", f.toString());
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).contains("No problems found in 1 file");
    }

    @Test
    void checkIsTheDefaultCommand() throws IOException {
        Path f = write("Dockerfile", "FROM alpine:3.20\n");
        assertThat(Cli.run(f.toString()).exit()).isEqualTo(0);
    }

    @Test
    void syntaxErrorIsAFindingWithLineAndColumnAndExitsOne() throws IOException {
        Path f = write("Dockerfile", "FROM alpine:3.20\nENV PATH\nRUN echo still linted\n");
        Cli.Run run = Cli.run("check", f.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains(f + ":2:5: error BU000 syntax-error")
                .contains("ENV PATH has no value").contains("^^^^");
    }

    @Test
    void failOnNoneNeverFails() throws IOException {
        Path f = write("Dockerfile", "FROM alpine:3.20\nENV PATH\n");
        assertThat(Cli.run("check", "--fail-on", "none", f.toString()).exit()).isEqualTo(0);
    }

    @Test
    void directoriesAreSearchedInSortedOrderSkippingVendorFolders() throws IOException {
        String ok = "FROM alpine:3.20\n";
        write("Dockerfile", ok);
        write("svc/Dockerfile.prod", ok);
        write("svc/api.Dockerfile", ok);
        write("svc/Containerfile", ok);
        write("svc/Dockerfile.dockerignore", "*.log\n");
        write("node_modules/pkg/Dockerfile", "broken\n");
        write(".git/Dockerfile", "broken\n");
        write("target/Dockerfile", "broken\n");
        write("README.md", "# readme\n");
        Cli.Run run = Cli.run("check", "--format", "json", dir.toString());
        assertThat(run.exit()).isEqualTo(0);
        JsonArray files = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("files");
        List<String> paths = new ArrayList<>();
        files.forEach(f -> paths.add(dir.relativize(Path.of(f.getAsJsonObject().get("path").getAsString()))
                .toString()));
        assertThat(paths).containsExactly("Dockerfile", "svc/Containerfile", "svc/Dockerfile.prod",
                "svc/api.Dockerfile");
    }

    @Test
    void stdinWithAFileName() {
        Cli.Run run = Cli.runWithStdin("FROM alpine:3.20\nFORM x\n", "check", "-", "--stdin-filename", "web/Dockerfile");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("web/Dockerfile:2:1: error BU000").contains("did you mean FROM?");
    }

    @Test
    void unreadableInputsGetOneLineEachAndDoNotStopOthers() throws IOException {
        Path good = write("good/Dockerfile", "FROM alpine:3.20\nENV X\n");
        Path binary = dir.resolve("bin.Dockerfile");
        Files.write(binary, new byte[] {'F', 'R', 0, 1, 2});
        Path latin1 = dir.resolve("latin1.Dockerfile");
        Files.write(latin1, new byte[] {'F', 'R', 'O', 'M', ' ', (byte) 0xe9, '\n'});
        Cli.Run run = Cli.run("check", binary.toString(), dir.resolve("missing").toString(), latin1.toString(),
                good.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains(binary + ":1:3: error: binary file, not a Dockerfile")
                .contains(dir.resolve("missing") + ": error: no such file or directory")
                .contains(latin1 + ":1:6: error: not valid UTF-8 (byte 0xE9 at line 1, column 6)")
                .contains(good + ":2:5: error BU000 syntax-error")
                .contains("1 error in 1 file; 3 inputs could not be linted")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void jsonOutputCarriesInputErrorsAndFindings() throws IOException {
        Path f = write("Dockerfile", "FROM alpine:3.20\nCOPY onlyone\n");
        Cli.Run run = Cli.run("check", "--format", "json", f.toString(), dir.resolve("nope").toString());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(root.get("version").getAsInt()).isEqualTo(1);
        JsonObject finding = root.getAsJsonArray("files").get(0).getAsJsonObject().getAsJsonArray("findings")
                .get(0).getAsJsonObject();
        assertThat(finding.get("code").getAsString()).isEqualTo("BU000");
        assertThat(finding.getAsJsonObject("location").getAsJsonObject("start").get("line").getAsInt())
                .isEqualTo(2);
        assertThat(finding.getAsJsonObject("location").getAsJsonObject("start").get("column").getAsInt())
                .isEqualTo(6);
        assertThat(root.getAsJsonArray("files").get(1).getAsJsonObject().getAsJsonObject("error")
                .get("message").getAsString()).isEqualTo("no such file or directory");
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void usageErrorsExitTwoWithoutAStackTrace() {
        Cli.Run run = Cli.run("check", "--format", "yaml", "Dockerfile");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("layerlint: Invalid value for option '--format'")
                .doesNotContain("Exception");
        assertThat(Cli.run("check").exit()).isEqualTo(2);
        assertThat(Cli.run("check", "--no-such-option", "x").exit()).isEqualTo(2);
    }

    @Test
    void versionAndHelp() {
        Cli.Run version = Cli.run("--version");
        assertThat(version.exit()).isEqualTo(0);
        assertThat(version.out()).startsWith("layerlint ");
        // the short path that skips picocli prints what picocli prints
        StringWriter picocli = new StringWriter();
        int exit = LayerlintCommand.commandLine(new Environment(new ByteArrayInputStream(new byte[0]),
                Map.of(), false), new PrintWriter(picocli, true),
                new PrintWriter(new StringWriter(), true)).execute("--version");
        assertThat(exit).isZero();
        assertThat(version.out()).isEqualTo(picocli.toString());
        assertThat(Cli.run("-V").out()).isEqualTo(picocli.toString());
        Cli.Run help = Cli.run("--help");
        assertThat(help.exit()).isEqualTo(0);
        assertThat(help.out()).contains("check").contains("parse");
        assertThat(Cli.run("check", "--help").out()).contains("--stdin-filename").contains("--fail-on");
    }
}
