package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.layerlint.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explain --since REF: the files git reports changed, working tree and untracked files included. */
class ExplainSinceTest {
    @TempDir
    Path dir;

    private void git(String... args) throws Exception {
        String[] cmd = new String[args.length + 3];
        cmd[0] = "git";
        cmd[1] = "-C";
        cmd[2] = dir.toString();
        System.arraycopy(args, 0, cmd, 3, args.length);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).as(String.join(" ", cmd)).isZero();
    }

    @Test
    void changesSinceARefAreExplained() throws Exception {
        assumeTrue(gitAvailable(), "git not installed");
        Files.writeString(dir.resolve("Dockerfile"), """
                FROM python:3.12-slim
                WORKDIR /app
                COPY requirements.txt .
                RUN pip install --no-cache-dir -r requirements.txt
                COPY . .
                """);
        Files.writeString(dir.resolve("requirements.txt"), "flask\n");
        Files.writeString(dir.resolve("app.py"), "print(1)\n");
        git("init", "-q");
        git("-c", "user.email=t@example.com", "-c", "user.name=t", "add", ".");
        git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "first");
        Files.writeString(dir.resolve("app.py"), "print(2)\n");
        Files.writeString(dir.resolve("new.py"), "x = 1\n");
        Cli.Run run = Cli.run("explain", dir.resolve("Dockerfile").toString(), "--since", "HEAD");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("changed: app.py, new.py")
                .containsPattern("4  RUN pip install --no-cache-dir -r… +cached")
                .containsPattern("5  COPY \\. \\. +REBUILT +app\\.py changed")
                .contains("the expensive step stays cached");
    }

    @Test
    void aBadRefIsAClearError() throws Exception {
        assumeTrue(gitAvailable(), "git not installed");
        Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\n");
        git("init", "-q");
        Cli.Run run = Cli.run("explain", dir.resolve("Dockerfile").toString(), "--since", "no-such-ref");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("layerlint: error: --since no-such-ref:").doesNotContain("Exception");
    }

    private static boolean gitAvailable() throws IOException {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
