package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import dev.layerlint.testing.Cli;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** .layerlint.yaml found upwards, strict about keys and values, beaten by the command line; .hadolint.yaml mapped. */
class ConfigTest {
    @TempDir
    Path dir;
    Path dockerfile;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("svc"));
        dockerfile = dir.resolve("svc/Dockerfile");
        Files.writeString(dockerfile, "FROM ubuntu:24.04\nRUN apt-get update\nRUN apt-get install -y curl\n");
        Files.writeString(dir.resolve("svc/.dockerignore"), "Dockerfile\n");
    }

    private Cli.Run gnu(String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "check";
        args[1] = "--format";
        args[2] = "gnu";
        System.arraycopy(extra, 0, args, 3, extra.length);
        args[args.length - 1] = dockerfile.toString();
        return Cli.run(args);
    }

    @Test
    void withoutConfigBothRulesReport() {
        assertThat(gnu().out()).contains("[CA004]").contains("info: apt-get install").contains("[CA009]");
    }

    @Test
    void configFromAParentFolderIgnoresAndRelevels() throws IOException {
        Files.writeString(dir.resolve(".layerlint.yaml"), "ignore: [CA009]\nseverity:\n  CA004: error\n");
        Cli.Run run = gnu();
        assertThat(run.out()).doesNotContain("[CA009]").contains(":2:1: error: `apt-get update` runs alone");
    }

    @Test
    void perPathOverridesAndCommandLineWins() throws IOException {
        Files.writeString(dir.resolve(".layerlint.yaml"), """
                fail-on: error
                overrides:
                  - files: ["svc/*"]
                    ignore: [package-index-update-alone]
                """);
        assertThat(gnu().out()).doesNotContain("[CA004]");
        assertThat(gnu().exit()).as("fail-on error from the config: only info left").isEqualTo(0);
        assertThat(gnu("--select", "CA004").out()).contains("[CA004]").doesNotContain("[CA009]");
        assertThat(gnu("--fail-on", "info").exit()).isEqualTo(1);
    }

    /** Override patterns are .dockerignore patterns (one matcher, model.DockerIgnore) over svc/Dockerfile. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} applies: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "'svc'                          | true",
        "'**/Dockerfile'                | true",
        "'Dockerfile'                   | true",
        "'svc/*', '!svc/Dockerfile'     | false",
        "'s?c/Dockerfile'               | true",
        "'[^s]*/Dockerfile'             | false",
        "'other/**'                     | false",
    })
    void overridePatternsReadLikeADockerignore(String files, boolean applies) throws IOException {
        Files.writeString(dir.resolve(".layerlint.yaml"), "overrides:\n  - files: [" + files + "]\n"
                + "    ignore: [package-index-update-alone]\n");
        assertThat(gnu().out().contains("[CA004]")).isEqualTo(!applies);
    }

    @Test
    void unknownKeysAndBadValuesAreErrorsWithFileAndLine() throws IOException {
        Path config = dir.resolve(".layerlint.yaml");
        Files.writeString(config, "ignore: [CA009]\nbuilderr: classic\n");
        Cli.Run run = gnu();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(config + ":2: unknown key 'builderr'");
        Files.writeString(config, "builder: podman\n");
        assertThat(gnu().err()).contains(config + ":1: builder: must be one of buildkit, classic, not 'podman'");
        Files.writeString(config, "severity: [CA001]\n");
        assertThat(gnu().err()).contains(":1: severity: expected a map");
        Files.writeString(config, "ignore: [CA009\n");
        assertThat(gnu().err()).contains("not valid YAML");
    }

    @Test
    void explicitConfigFile() throws IOException {
        Path elsewhere = dir.resolve("ci-config.yaml");
        Files.writeString(elsewhere, "select: [CA009]\n");
        assertThat(gnu("--config", elsewhere.toString()).out()).contains("[CA009]").doesNotContain("[CA004]");
    }

    @Test
    void hadolintConfigIsMappedWithANotice() throws IOException {
        Files.writeString(dir.resolve(".hadolint.yaml"), "ignored:\n  - CA004\nfailure-threshold: error\n"
                + "override:\n  warning:\n    - CA009\n");
        Cli.Run run = gnu();
        assertThat(run.err()).contains("using " + dir.resolve(".hadolint.yaml"));
        assertThat(run.out()).doesNotContain("[CA004]").contains("warning: apt-get install");
        assertThat(run.exit()).isEqualTo(0);
    }

    @Test
    void theDocumentedExampleLoadsAndApplies() throws Exception {
        String doc = Files.readString(Shared.projectDir().resolve("docs/configuration.md"));
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL)
                .matcher(doc);
        assertThat(m.find()).isTrue();
        Files.writeString(dir.resolve(".layerlint.yaml"), m.group(1));
        Cli.Run run = gnu();
        assertThat(run.err()).doesNotContain("error");
        assertThat(run.out()).contains("[CA004]").doesNotContain("[CA009]");
    }
}
