package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Colour follows whether standard output is a terminal: the built jar run
 * under a real pseudo-terminal (util-linux {@code script}) colours its text
 * report, the same run into a pipe does not, and NO_COLOR turns it off.
 */
class TerminalIT {
    private static final String ESC = "\u001b[";

    private static String run(List<String> command, boolean noColor) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(Shared.projectDir().toFile())
                .redirectErrorStream(true);
        pb.environment().remove("NO_COLOR");
        if (noColor) {
            pb.environment().put("NO_COLOR", "1");
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return out;
    }

    private static boolean scriptInstalled() {
        try {
            return new ProcessBuilder("script", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String lint() {
        Path jar = Shared.projectDir().resolve("target/layerlint.jar");
        assumeTrue(Files.exists(jar), "the jar is built in the package phase; run mvn verify");
        return "java -jar " + jar + " check --fail-on none examples/python-app/Dockerfile";
    }

    @Test
    void aTerminalGetsColourAPipeDoesNot() throws Exception {
        assumeTrue(scriptInstalled(), "util-linux script is not installed");
        String command = lint();

        String tty = run(List.of("script", "-qec", command, "/dev/null"), false);
        String pipe = run(List.of("sh", "-c", command), false);

        assertThat(tty).contains("CA001").contains(ESC);
        assertThat(pipe).contains("CA001").doesNotContain(ESC);
    }

    @Test
    void noColorTurnsColourOffOnATerminal() throws Exception {
        assumeTrue(scriptInstalled(), "util-linux script is not installed");

        String tty = run(List.of("script", "-qec", lint(), "/dev/null"), true);

        assertThat(tty).contains("CA001").doesNotContain(ESC);
    }
}
