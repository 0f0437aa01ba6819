package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * The {@code layerlint} launcher script and its start-up archives: made by the
 * first run after a build, replaced (never reused) when the jar changes,
 * ignored when unusable, and never changing what layerlint prints. Runs the
 * real script on a copy of the built jar ({@code LAYERLINT_JAR}), so the
 * archives land in a temporary folder.
 */
class LauncherIT {
    @TempDir
    Path dir;

    record Result(int exit, String stdout) {
    }

    private static Path project() {
        return Shared.projectDir();
    }

    private Path jar() throws IOException {
        Path built = project().resolve("target/layerlint.jar");
        assumeTrue(Files.exists(built), "the jar is built in the package phase; run mvn verify");
        Path copy = dir.resolve("layerlint.jar");
        if (!Files.exists(copy)) {
            Files.copy(built, copy);
        }
        return copy;
    }

    private Result run(Map<String, String> env, List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(project().toFile());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), out);
    }

    /** The launcher on {@code java} (or {@code javaBin}) with the jar copy, linting {@code args}. */
    private Result launch(String javaBin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(project().resolve("layerlint").toString()));
        command.addAll(List.of(args));
        return run(Map.of("LAYERLINT_JAR", jar().toString(), "LAYERLINT_JAVA", javaBin), command);
    }

    /** The same run without the launcher: what layerlint prints with no archive at all. */
    private Result plain(String javaBin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBin, "-jar", jar().toString()));
        command.addAll(List.of(args));
        return run(Map.of(), command);
    }

    private List<String> archives() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("layerlint-jdk") && (n.endsWith(".jsa") || n.endsWith(".aot")))
                    .sorted().toList();
        }
    }

    private static final String[] ONE_FILE = {"check", "--fail-on", "none", "examples/python-app/Dockerfile"};

    @Test
    void firstRunMakesTheArchiveAndLaterRunsPrintTheSame() throws Exception {
        Result expected = plain("java", ONE_FILE);
        assertThat(expected.stdout()).contains("CA001");

        Result first = launch("java", ONE_FILE);
        assertThat(first).isEqualTo(expected);
        assertThat(archives()).hasSize(1);
        String archive = archives().get(0);
        assertThat(archive).matches("layerlint-jdk\\d+(-small)?\\.(jsa|aot)");
        assertThat(dir.resolve(archive)).isNotEmptyFile();
        assertMadeFromTheJar(archive);

        assertThat(launch("java", ONE_FILE)).isEqualTo(expected);
        assertThat(archives()).containsExactly(archive);
        assertUsable("java", archive);
    }

    /** The archive carries the jar's mtime: the launcher's mark of the jar it was made from. */
    private void assertMadeFromTheJar(String archive) throws IOException {
        assertThat(Files.getLastModifiedTime(dir.resolve(archive))).isEqualTo(Files.getLastModifiedTime(jar()));
    }

    private Object fileKey(String archive) throws IOException {
        return Files.readAttributes(dir.resolve(archive), BasicFileAttributes.class).fileKey();
    }

    /** The JVM maps the archive when told it must (-Xshare:on, -XX:AOTMode=on fail the start otherwise). */
    private void assertUsable(String javaBin, String archive) throws Exception {
        String path = dir.resolve(archive).toString();
        List<String> strict = archive.endsWith(".aot") ? List.of("-XX:AOTMode=on", "-XX:AOTCache=" + path)
                : List.of("-Xshare:on", "-XX:SharedArchiveFile=" + path);
        List<String> command = new ArrayList<>(List.of(javaBin, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        command.addAll(strict);
        command.addAll(List.of("-jar", jar().toString(), "--version"));
        Result run = run(Map.of(), command);
        assertThat(run.exit()).as("%s maps %s", javaBin, archive).isZero();
        assertThat(run.stdout()).startsWith("layerlint ");
    }

    @Test
    void aRebuiltJarGetsANewArchive() throws Exception {
        launch("java", ONE_FILE);
        String archive = archives().get(0);
        Object first = fileKey(archive);

        Path jar = jar();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Result after = launch("java", ONE_FILE);

        assertThat(after).isEqualTo(plain("java", ONE_FILE));
        assertThat(archives()).containsExactly(archive);
        assertThat(fileKey(archive)).as("a new file, moved into place").isNotEqualTo(first);
        assertMadeFromTheJar(archive);
        assertUsable("java", archive);
    }

    @Test
    void anOlderJarPutInPlaceAlsoGetsANewArchive() throws Exception {
        // a jar restored from a cache keeps its old mtime: older than the archive, but not the jar it was made from
        launch("java", ONE_FILE);
        String archive = archives().get(0);
        Object first = fileKey(archive);

        Path jar = jar();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 3_600_000));
        launch("java", ONE_FILE);

        assertThat(fileKey(archive)).isNotEqualTo(first);
        assertMadeFromTheJar(archive);
    }

    @Test
    void archivesOfEarlierLaunchersAreRemovedWhenANewOneIsMade() throws Exception {
        Files.writeString(dir.resolve("layerlint-jdk17-2384488-1796410212.6605402340.jsa"), "old");
        Files.writeString(dir.resolve("layerlint-jdk25-2384488-1796410212.6605402340-small.aot"), "old");
        String major = launchedMajor();

        launch("java", ONE_FILE);

        assertThat(archives()).noneMatch(n -> n.startsWith("layerlint-jdk" + major + "-2384488"));
    }

    /** The major version the launcher found for {@code java} (its memo). */
    private String launchedMajor() throws Exception {
        launch("java", "--version");
        return Files.readAllLines(dir.resolve(".java-versions")).get(0).split(" ")[0];
    }

    @Test
    void aBrokenArchiveIsIgnoredAndChangesNothing() throws Exception {
        launch("java", ONE_FILE);
        Path archive = dir.resolve(archives().get(0));
        Files.write(archive, "not an archive".repeat(1000).getBytes(StandardCharsets.UTF_8));

        Result run = launch("java", ONE_FILE);

        assertThat(run).isEqualTo(plain("java", ONE_FILE));
    }

    @Test
    void aBadFileStillGetsItsMessageAndExitCodeThroughTheLauncher() throws Exception {
        Result run = launch("java", "check", "testdata/cli/broken.Dockerfile", "no/such/Dockerfile");

        assertThat(run).isEqualTo(plain("java", "check", "testdata/cli/broken.Dockerfile", "no/such/Dockerfile"));
        assertThat(run.exit()).isEqualTo(ExitCodes.ERROR);
    }

    /**
     * On JDK 25+ an AOT cache loads every class it holds at start-up: a run over
     * a few files gets a small archive, a directory or many files the full one,
     * and both print what a run without an archive prints.
     */
    @Test
    void onJdk25AFewFilesAndADirectoryUseTheirOwnAotCaches() throws Exception {
        String java25 = jdk25();
        assumeTrue(java25 != null, "no JDK 25+ beside the running JDK (set -Dlayerlint.jdk25=<java binary>)");

        assertThat(launch(java25, ONE_FILE)).isEqualTo(plain(java25, ONE_FILE));
        assertThat(archives()).singleElement().asString().endsWith("-small.aot");
        assertUsable(java25, archives().get(0));

        String[] directory = {"check", "--fail-on", "none", "--format", "json", "examples/python-app"};
        assertThat(launch(java25, directory)).isEqualTo(plain(java25, directory));
        assertThat(archives()).hasSize(2).anyMatch(n -> n.matches("layerlint-jdk\\d+-small\\.aot"))
                .anyMatch(n -> n.matches("layerlint-jdk\\d+\\.aot"));
        for (String archive : archives()) {
            assertUsable(java25, archive);
            assertMadeFromTheJar(archive);
        }

        // a rebuilt jar replaces each when it is next needed
        String small = archives().stream().filter(n -> n.endsWith("-small.aot")).findFirst().orElseThrow();
        String full = archives().stream().filter(n -> !n.endsWith("-small.aot")).findFirst().orElseThrow();
        Object fullBefore = fileKey(full);
        Path jar = jar();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertThat(launch(java25, ONE_FILE)).isEqualTo(plain(java25, ONE_FILE));
        assertMadeFromTheJar(small);
        assertThat(fileKey(full)).as("the full cache waits for a large run").isEqualTo(fullBefore);
    }

    /** A java binary of JDK 25 or later: -Dlayerlint.jdk25, else one installed beside the running JDK. */
    private static String jdk25() throws IOException {
        String configured = System.getProperty("layerlint.jdk25", "");
        if (!configured.isEmpty()) {
            return configured;
        }
        Path jvms = Path.of(System.getProperty("java.home")).getParent();
        if (jvms == null || !Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path home : homes.sorted().toList()) {
                Path release = home.resolve("release");
                Path java = home.resolve("bin/java");
                if (Files.isRegularFile(release) && Files.isExecutable(java)) {
                    for (String line : Files.readAllLines(release)) {
                        if (line.startsWith("JAVA_VERSION=\"")) {
                            String v = line.substring("JAVA_VERSION=\"".length());
                            int end = 0;
                            while (end < v.length() && Character.isDigit(v.charAt(end))) {
                                end++;
                            }
                            if (end > 0 && Integer.parseInt(v.substring(0, end)) >= 25) {
                                return java.toString();
                            }
                        }
                    }
                }
            }
        }
        return null;
    }
}
