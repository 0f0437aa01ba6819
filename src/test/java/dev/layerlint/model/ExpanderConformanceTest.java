package dev.layerlint.model;

import static org.assertj.core.api.Assertions.assertThat;
import dev.layerlint.testing.Shared;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;


/** BuildKit's own expansion tables (shared/conformance/buildkit-shell). */
class ExpanderConformanceTest {

    @Test
    void envVarTestTable() throws Exception {
        Path dir = Shared.require("conformance/buildkit-shell");
        Map<String, String> env = Map.of("PWD", "/home", "SHELL", "bash", "KOREAN", "한국어", "NULL", "");
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (String line : Files.readAllLines(dir.resolve("envVarTest"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            String platform = parts[0].strip();
            String input = parts[1].strip();
            String expected = parts[2].strip();
            boolean windows = platform.equals("W");
            Expander expander = windows ? new Expander('`', true) : new Expander('\\');
            if (windows) {
                input = input.replace('\\', '`');
            }
            Map<String, String> scoped = windows ? upper(env) : env;
            Expander.Result r = expander.expand(input, scoped::get);
            cases++;
            String actual = r.failed() ? "error" : r.value();
            if (!actual.equals(expected)) {
                failures.add(line + "  => " + actual + (r.failed() ? " (" + r.error() + ")" : ""));
            }
        }
        assertThat(cases).isGreaterThan(200);
        assertThat(failures).isEmpty();
    }

    @Test
    void wordsTestTable() throws Exception {
        Path dir = Shared.require("conformance/buildkit-shell");
        Map<String, String> env = new HashMap<>();
        List<String> failures = new ArrayList<>();
        Expander expander = new Expander('\\');
        for (String line : Files.readAllLines(dir.resolve("wordsTest"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("ENV ")) {
                String kv = line.substring(4);
                env.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
                continue;
            }
            int bar = line.lastIndexOf('|');
            String input = line.substring(0, bar).strip();
            String expected = line.substring(bar + 1).replaceFirst("^ ", "");
            Expander.Result r = expander.expandWords(input, env::get);
            String actual = r.failed() ? "error" : String.join(",", r.words());
            if (!actual.equals(expected)) {
                failures.add(line + "  => " + actual);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static Map<String, String> upper(Map<String, String> env) {
        Map<String, String> out = new HashMap<>();
        env.forEach((k, v) -> out.put(k.toUpperCase(Locale.ROOT), v));
        return out;
    }
}
