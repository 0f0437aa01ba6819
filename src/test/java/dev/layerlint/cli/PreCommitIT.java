package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real pre-commit (Debian's package) runs this repository's hook
 * (.pre-commit-hooks.yaml, via try-repo) in a temporary git repository: a
 * commit of a Dockerfile with a finding fails, a clean one passes, and files
 * that are not Dockerfiles are not passed to the hook. Skipped with a message
 * when pre-commit is not installed (.ci/run installs it).
 */
class PreCommitIT {
    @TempDir
    Path repo;

    record Result(int exit, String output) {
    }

    private Result run(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("PRE_COMMIT_HOME", repo.resolveSibling(repo.getFileName() + "-cache").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), out);
    }

    private static boolean installed(String program) {
        try {
            return new ProcessBuilder(program, "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void hookFailsABadCommitAndPassesAGoodOne() throws Exception {
        if (!installed("pre-commit")) {
            System.err.println("SKIPPED: pre-commit is not installed (apt-get install pre-commit; .ci/run does)");
        }
        assumeTrue(installed("pre-commit"), "pre-commit not installed");
        Path project = Shared.projectDir();
        // try-repo reads the hook from the project's git repository: a copy without .git (an unpacked archive)
        // has none to offer
        if (!Files.exists(project.resolve(".git"))) {
            System.err.println("SKIPPED: " + project + " is not a git work tree; pre-commit try-repo needs one");
        }
        assumeTrue(Files.exists(project.resolve(".git")), "the project is not a git work tree");
        Path jar = project.resolve("target/layerlint.jar");
        assumeTrue(Files.exists(jar), "the jar is built in the package phase; run mvn verify");
        Map<String, String> env = Map.of("LAYERLINT_JAR", jar.toString(), "GIT_AUTHOR_NAME", "t",
                "GIT_AUTHOR_EMAIL", "t@example.com", "GIT_COMMITTER_NAME", "t", "GIT_COMMITTER_EMAIL", "t@example.com");
        assertThat(run(env, "git", "init", "-q").exit()).isZero();
        Files.writeString(repo.resolve("Dockerfile"), "FROM ubuntu:24.04\nRUN apt-get update\n"
                + "RUN apt-get install -y curl\n");
        Files.writeString(repo.resolve(".dockerignore"), "Dockerfile\n");
        Files.writeString(repo.resolve("Dockerfile.dockerignore"), "*\n");
        Files.writeString(repo.resolve("notes.txt"), "not a Dockerfile\n");
        run(env, "git", "add", ".");
        List<String> tryRepo = new ArrayList<>(List.of("pre-commit", "try-repo", project.toString(), "layerlint",
                "--verbose"));
        Result bad = run(env, tryRepo.toArray(new String[0]));
        assertThat(bad.exit()).as(bad.output()).isEqualTo(1);
        assertThat(bad.output()).contains("layerlint").contains("Failed").contains("CA004")
                .doesNotContain("notes.txt").doesNotContain("Dockerfile.dockerignore:");

        Files.writeString(repo.resolve("Dockerfile"), "FROM ubuntu:24.04\n"
                + "RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2ubuntu10.6 \\\n"
                + "    && rm -rf /var/lib/apt/lists/*\n");
        run(env, "git", "add", ".");
        Result good = run(env, tryRepo.toArray(new String[0]));
        assertThat(good.exit()).as(good.output()).isZero();
        assertThat(good.output()).contains("Passed");
        assertThat(run(env, "git", "commit", "-qm", "clean Dockerfile").exit()).isZero();
    }
}
