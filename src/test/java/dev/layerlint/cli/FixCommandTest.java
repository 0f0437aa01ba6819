package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.layerlint.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed cases and --fix/--diff file handling, through the real CLI. */
class FixCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void pipSeedNamesThePipStepAndTheSecretMount() throws IOException {
        Path f = write("Dockerfile", """
                FROM python:3.12-slim
                ARG INDEX_URL
                ENV PIP_EXTRA_INDEX_URL=$INDEX_URL
                WORKDIR /work
                COPY requirements.txt /work/
                RUN pip install --no-cache-dir -r requirements.txt
                COPY . /work/
                """);
        write("requirements.txt", "flask==3.0.3\n");
        write(".dockerignore", ".git\nDockerfile\n");
        Cli.Run run = Cli.run("check", "--format", "json", f.toString());
        JsonObject finding = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("files").get(0)
                .getAsJsonObject().getAsJsonArray("findings").asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> o.get("code").getAsString().equals("CA001")).findFirst().orElseThrow();
        assertThat(finding.get("message").getAsString()).contains("pip install, line 6");
        JsonObject fix = finding.getAsJsonObject("fix");
        assertThat(fix.get("safety").getAsString()).isEqualTo("display-only");
        assertThat(fix.get("title").getAsString())
                .contains("RUN --mount=type=secret,id=index_url,env=PIP_EXTRA_INDEX_URL pip install")
                .contains("--secret id=index_url,env=INDEX_URL");
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void npmSeedIsFixedWithTheRealLockFile() throws IOException {
        Path f = write("Dockerfile", """
                FROM node:20-alpine
                WORKDIR /app
                COPY . .
                RUN npm ci --omit=dev
                CMD ["node", "server.js"]
                """);
        write("package.json", "{\"name\": \"app\", \"version\": \"1.0.0\"}\n");
        write("package-lock.json", "{\"lockfileVersion\": 3}\n");
        write(".dockerignore", ".git\nnode_modules\nDockerfile\n");
        Cli.Run run = Cli.run("check", "--fix", "--fail-on", "warning", f.toString());
        assertThat(Files.readString(f)).isEqualTo("""
                FROM node:20-alpine
                WORKDIR /app
                COPY package-lock.json package.json ./
                RUN npm ci --omit=dev
                COPY . .
                CMD ["node", "server.js"]
                """);
        assertThat(run.err()).contains("fixed " + f);
        assertThat(run.out()).doesNotContain("CA002");
        String once = Files.readString(f);
        Cli.run("check", "--fix", f.toString());
        assertThat(Files.readString(f)).as("a second --fix changes nothing").isEqualTo(once);
    }

    @Test
    void diffPrintsAndWritesNothing() throws IOException {
        Path f = write("Dockerfile", "FROM ubuntu:24.04\nRUN apt-get update\nRUN apt-get install -y curl\n");
        FileTime before = Files.getLastModifiedTime(f);
        Cli.Run run = Cli.run("check", "--diff", f.toString());
        assertThat(run.out()).contains("--- " + f).contains("+RUN apt-get update && apt-get install -y curl")
                .contains("-RUN apt-get update");
        assertThat(Files.readString(f)).isEqualTo("FROM ubuntu:24.04\nRUN apt-get update\nRUN apt-get install -y curl\n");
        assertThat(Files.getLastModifiedTime(f)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve(".dockerignore"))).isFalse();
    }

    @Test
    void fixKeepsPermissionsLineEndingsAndByteOrderMark() throws IOException {
        Path f = dir.resolve("Dockerfile");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "FROM ubuntu:24.04\r\nRUN apt-get update\r\nRUN apt-get install -y curl\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Files.write(f, all);
        write(".dockerignore", "Dockerfile\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-x---"));
        Cli.run("check", "--fix", f.toString());
        byte[] fixed = Files.readAllBytes(f);
        assertThat(new String(fixed, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFFROM ubuntu:24.04\r\nRUN apt-get update && apt-get install -y curl\r\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rwxr-x---");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("Dockerfile",
                    ".dockerignore");
        }
    }

    @Test
    void fixKeepsCrlfAroundACommentInsideAContinuation() throws IOException {
        // issue #14: a Windows-edited file with a comment line inside a continuation
        Path f = write("Dockerfile", "FROM ubuntu:24.04\r\nRUN apt-get update\r\nRUN apt-get install -y \\\r\n"
                + "    # the client\r\n    curl\r\n");
        write(".dockerignore", "Dockerfile\n");
        // RP003 (off by default) is selected for a finding on the line after the comment
        Cli.Run before = Cli.run("check", "--format", "gnu", "--select", "CA,RP003", f.toString());
        assertThat(before.out()).doesNotContain("BU000").contains("CA004");
        Cli.run("check", "--fix", f.toString());
        assertThat(Files.readString(f)).isEqualTo("FROM ubuntu:24.04\r\nRUN apt-get update && apt-get install -y \\\r\n"
                + "    # the client\r\n    curl\r\n");
        Cli.Run after = Cli.run("check", "--format", "gnu", "--select", "CA,RP003", f.toString());
        assertThat(after.out()).doesNotContain("BU000").doesNotContain("CA004").contains(":4:5: warning: ");
    }

    @Test
    void fileWithNothingToFixIsNotTouched() throws IOException {
        Path f = write("Dockerfile", "FROM alpine:3.20\nRUN echo ok\n");
        write(".dockerignore", "Dockerfile\n");
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_000_000_000_000L));
        Cli.run("check", "--fix", f.toString());
        assertThat(Files.getLastModifiedTime(f).toMillis()).isEqualTo(1_000_000_000_000L);
    }

    @Test
    void missingDockerignoreIsCreatedByTheFix() throws IOException {
        Path f = write("Dockerfile", "FROM alpine:3.20\nWORKDIR /app\nCOPY . .\nRUN ls\n");
        Files.createDirectories(dir.resolve(".git"));
        Cli.Run first = Cli.run("check", f.toString());
        assertThat(first.out()).contains("CA007").contains(".git (every commit)");
        Cli.run("check", "--fix", f.toString());
        assertThat(Files.readString(dir.resolve(".dockerignore"))).contains(".git\n").contains("Dockerfile\n");
        assertThat(Cli.run("check", f.toString()).out()).doesNotContain("CA007");
    }
}
