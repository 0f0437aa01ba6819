package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import dev.layerlint.cache.Builder;
import dev.layerlint.config.ConfigException;
import dev.layerlint.rule.LintOptions;
import dev.layerlint.rule.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** Precedence: command line over per-path overrides over the configuration file over defaults. */
class SettingsResolverTest {
    @TempDir
    Path dir;
    private Inputs.Input plain;
    private Inputs.Input overridden;

    @BeforeEach
    void setUp() throws IOException {
        Files.writeString(dir.resolve(".layerlint.yaml"), """
                ignore: [CA009]
                severity:
                  CA003: error
                  CA006: info
                fail-on: error
                builder: classic
                build-args:
                  A: config
                  B: config
                volatile-args: [CFG_ID]
                overrides:
                  - files: ["svc/*"]
                    ignore: [CA008]
                    severity:
                      CA006: style
                      CA001: info
                """);
        Files.createDirectories(dir.resolve("svc"));
        Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\n");
        Files.writeString(dir.resolve("svc/Dockerfile"), "FROM alpine\n");
        List<Inputs.Input> inputs = Inputs.resolve(List.of(dir.resolve("Dockerfile").toString(),
                dir.resolve("svc/Dockerfile").toString()), "<stdin>");
        plain = inputs.get(0);
        overridden = inputs.get(1);
    }

    private SettingsResolver resolver(String... args) throws ConfigException {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("Dockerfile");
        CheckOptions options = CheckArgs.parse(all);
        SettingsResolver resolver = new SettingsResolver(options, Environment.system());
        resolver.loadConfigs(List.of(plain, overridden), new PrintWriter(new StringWriter()));
        return resolver;
    }

    @Test
    void theConfigurationFileBeatsTheDefaults() throws ConfigException {
        SettingsResolver r = resolver();
        LintOptions o = r.lintOptions(plain);
        assertThat(o.builder()).isEqualTo(Builder.CLASSIC);
        assertThat(o.buildArgs()).isEqualTo(Map.of("A", "config", "B", "config"));
        assertThat(o.volatileArgs()).containsExactly("CFG_ID");
        assertThat(o.rules().ignore()).containsExactly("CA009");
        assertThat(o.rules().select()).isNull();
        assertThat(o.rules().severity()).isEqualTo(Map.of("CA003", Severity.ERROR, "CA006", Severity.INFO));
        assertThat(o.context()).isEqualTo(dir.toAbsolutePath());
        assertThat(r.failOn(plain)).isEqualTo(ExitPolicy.FailOn.ERROR);
    }

    @Test
    void perPathOverridesBeatTheFileForTheFilesTheyName() throws ConfigException {
        LintOptions o = resolver().lintOptions(overridden);
        assertThat(o.rules().ignore()).containsExactly("CA009", "CA008");
        assertThat(o.rules().severity()).isEqualTo(Map.of("CA003", Severity.ERROR, "CA006", Severity.STYLE,
                "CA001", Severity.INFO));
    }

    @Test
    void theCommandLineBeatsBoth() throws ConfigException {
        SettingsResolver r = resolver("--builder", "buildkit", "--build-arg", "A=cli", "--volatile-arg", "CLI_ID",
                "--severity", "CA006=warning", "--ignore", "CA002", "--fail-on", "info", "--context", "ctx");
        LintOptions o = r.lintOptions(overridden);
        assertThat(o.builder()).isEqualTo(Builder.BUILDKIT);
        assertThat(o.buildArgs()).isEqualTo(Map.of("A", "cli", "B", "config"));
        assertThat(o.volatileArgs()).containsExactlyInAnyOrder("CFG_ID", "CLI_ID");
        assertThat(o.rules().severity()).containsEntry("CA006", Severity.WARNING).containsEntry("CA003",
                Severity.ERROR);
        assertThat(o.rules().ignore()).containsExactly("CA009", "CA008", "CA002");
        assertThat(o.context()).isEqualTo(Path.of("ctx"));
        assertThat(r.failOn(overridden)).isEqualTo(ExitPolicy.FailOn.INFO);
    }

    @Test
    void anExplicitSelectionDropsTheConfiguredIgnores() throws ConfigException {
        LintOptions o = resolver("--select", "CA009,CA008", "--ignore", "CA002").lintOptions(overridden);
        assertThat(o.rules().select()).containsExactly("CA009", "CA008");
        assertThat(o.rules().ignore()).containsExactly("CA002");
    }

    @Test
    void anExplicitConfigFileReplacesTheOneFound() throws IOException, ConfigException {
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, "builder: buildkit\n");
        SettingsResolver r = resolver("--config", other.toString());
        assertThat(r.lintOptions(plain).builder()).isEqualTo(Builder.BUILDKIT);
        assertThat(r.lintOptions(plain).rules().ignore()).isEmpty();
        assertThat(r.failOn(plain)).isEqualTo(ExitPolicy.FailOn.WARNING);
    }
}
