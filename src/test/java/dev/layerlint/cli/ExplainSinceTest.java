package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.layerlint.testing.Cli;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * explain against earlier builds: --since REF (the Dockerfile and .dockerignore at the ref diffed by value, the
 * files git reports changed, working tree and untracked files included) and a recorded --history.
 */
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

    /** The seed case: only the token in INDEX_URL changed between the builds of two commits. */
    @Test
    void aChangedTokenNamesLineTwosArgAndWhatItRebuilds() throws Exception {
        assumeTrue(gitAvailable(), "git not installed");
        seedRepository();
        git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m",
                "rotate the token");
        String dockerfile = dir.resolve("Dockerfile").toString();
        // as the issue writes it: the earlier build is taken to have used the Dockerfile's default
        Cli.Run asWritten = Cli.run("explain", dockerfile, "--since", "HEAD~1", "--build-arg",
                "INDEX_URL=https://__token__:new@pypi.example/simple");
        assertThat(asWritten.exit()).as(asWritten.err()).isZero();
        assertThat(asWritten.out()).contains("changed: build arg INDEX_URL, line 2 (ARG), line 3 (ENV)")
                .containsPattern("2  ARG INDEX_URL=https://pypi\\.exampl… +· +not a step")
                .containsPattern("4  WORKDIR /work +cached")
                .containsPattern("5  RUN echo system packages > /sys\\.t… +REBUILT +build arg INDEX_URL\\s+changed, "
                        + "in its environment\\s+since line 2")
                .containsPattern("6  COPY requirements\\.txt /work/ +REBUILT +after line 5")
                .containsPattern("7  RUN cat requirements\\.txt > /deps\\.… +REBUILT +build arg INDEX_URL")
                .containsPattern("8  COPY \\. /work/ +REBUILT +after line 5")
                .containsPattern("9  RUN ls /work > /files\\.txt +REBUILT +build arg INDEX_URL")
                .contains("5 of 6 steps rebuilt");
        // the default itself, as given last time: all cached
        Cli.Run theDefault = Cli.run("explain", dockerfile, "--since", "HEAD~1", "--build-arg",
                "INDEX_URL=https://pypi.example/simple");
        assertThat(theDefault.exit()).as(theDefault.err()).isZero();
        assertThat(theDefault.out()).contains("changed: nothing").contains("0 of 6 steps rebuilt");
        // the token the earlier build was given, said with --previous-build-arg (a history records it itself)
        Cli.Run changed = Cli.run("explain", dockerfile, "--since", "HEAD~1", "--previous-build-arg",
                "INDEX_URL=https://__token__:old@pypi.example/simple", "--build-arg",
                "INDEX_URL=https://__token__:new@pypi.example/simple");
        assertThat(changed.exit()).as(changed.err()).isZero();
        assertThat(changed.out()).contains("changed: build arg INDEX_URL")
                .containsPattern("4  WORKDIR /work +cached")
                .containsPattern("5  RUN echo system packages > /sys\\.t… +REBUILT +build arg INDEX_URL\\s+changed, "
                        + "in its environment\\s+since line 2")
                .containsPattern("6  COPY requirements\\.txt /work/ +REBUILT")
                .containsPattern("7  RUN cat requirements\\.txt > /deps\\.… +REBUILT")
                .containsPattern("8  COPY \\. /work/ +REBUILT")
                .containsPattern("9  RUN ls /work > /files\\.txt +REBUILT")
                .contains("5 of 6 steps rebuilt");
        Cli.Run same = Cli.run("explain", dockerfile, "--since", "HEAD~1", "--previous-build-arg",
                "INDEX_URL=https://__token__:old@pypi.example/simple", "--build-arg",
                "INDEX_URL=https://__token__:old@pypi.example/simple");
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(same.out()).contains("changed: nothing").contains("0 of 6 steps rebuilt");
    }

    /** The same seed case through a recorded history, as CI keeps it: no earlier value to type in. */
    @Test
    void aRecordedHistoryKnowsTheEarlierTokenAndEveryEarlierBuild() throws Exception {
        seedRepository();
        String dockerfile = dir.resolve("Dockerfile").toString();
        Path history = Files.createTempDirectory("layerlint-history").resolve("history.json");
        String old = "INDEX_URL=https://__token__:old@pypi.example/simple";
        String fresh = "INDEX_URL=https://__token__:new@pypi.example/simple";
        Cli.Run cold = Cli.run("explain", dockerfile, "--history", history.toString(), "--record",
                history.toString(), "--build-arg", old);
        assertThat(cold.exit()).as(cold.err()).isZero();
        assertThat(cold.out()).contains("no earlier build").contains("7 of 7 steps rebuilt"); // FROM included
        assertThat(cold.err()).contains("recorded this build as build 1");
        // the history is a CI artifact: it keeps a digest of each build argument, never the token
        assertThat(Files.readString(history)).doesNotContain("__token__")
                .containsPattern("\"INDEX_URL\":\\s*\"sha256:[0-9a-f]{64}\"");
        Cli.Run changed = Cli.run("explain", dockerfile, "--history", history.toString(), "--record",
                history.toString(), "--build-arg", fresh);
        assertThat(changed.out()).contains("changed: build arg INDEX_URL").contains("5 of 6 steps rebuilt");
        // back to the old token: build 1's entries are still in the cache
        Cli.Run back = Cli.run("explain", dockerfile, "--history", history.toString(), "--build-arg", old);
        assertThat(back.out()).contains("compared with 2 earlier builds: build 1, build 2")
                .containsPattern("9  RUN ls /work > /files\\.txt +cached +from build 1")
                .contains("0 of 6 steps rebuilt");
        // a touch is no change; a content edit is
        Files.setLastModifiedTime(dir.resolve("app.py"), FileTime.fromMillis(0));
        assertThat(Cli.run("explain", dockerfile, "--history", history.toString(), "--build-arg", fresh).out())
                .contains("0 of 6 steps rebuilt");
        Files.writeString(dir.resolve("app.py"), "print(2)\n");
        assertThat(Cli.run("explain", dockerfile, "--history", history.toString(), "--build-arg", fresh).out())
                .containsPattern("8  COPY \\. /work/ +REBUILT +app\\.py changed").contains("2 of 6 steps rebuilt");
    }

    /** --since diffs the Dockerfile at the ref by value: a WORKDIR edit is named, not "Dockerfile". */
    @Test
    void theDockerfileAtTheRefIsDiffedByValue() throws Exception {
        assumeTrue(gitAvailable(), "git not installed");
        seedRepository();
        Files.writeString(dir.resolve("Dockerfile"), Files.readString(dir.resolve("Dockerfile"))
                .replace("WORKDIR /work", "WORKDIR /srv/work"));
        Cli.Run run = Cli.run("explain", dir.resolve("Dockerfile").toString(), "--since", "HEAD");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("changed: line 4 (WORKDIR), Dockerfile")
                .containsPattern("4  WORKDIR /srv/work +REBUILT +line 4 edited")
                .containsPattern("5  RUN echo system packages > /sys\\.t… +REBUILT +after line 4")
                .contains("6 of 6 steps rebuilt");
        // the same directory written another way is no change
        Files.writeString(dir.resolve("Dockerfile"), Files.readString(dir.resolve("Dockerfile"))
                .replace("WORKDIR /srv/work", "WORKDIR /srv/../work/"));
        Files.writeString(dir.resolve(".dockerignore"), "Dockerfile\n");
        git("-c", "user.email=t@example.com", "-c", "user.name=t", "add", ".dockerignore");
        git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "ignore the Dockerfile");
        Cli.Run same = Cli.run("explain", dir.resolve("Dockerfile").toString(), "--since", "HEAD");
        assertThat(same.out()).contains("changed: Dockerfile (no instruction changed in value)")
                .contains("0 of 6 steps rebuilt");
    }

    /** The Dockerfile of real-builders.md's seed scenario (01), committed with its context. */
    private void seedRepository() throws Exception {
        Path scenario = Shared.projectDir().resolve("testdata/cache-scenarios/01-seed-arg-env-top");
        for (String name : List.of("Dockerfile", "requirements.txt", "app.py")) {
            Files.copy(scenario.resolve(name), dir.resolve(name));
        }
        if (gitAvailable()) {
            git("init", "-q");
            git("-c", "user.email=t@example.com", "-c", "user.name=t", "add", ".");
            git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "first");
        }
    }

    private static boolean gitAvailable() throws IOException {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
