package dev.layerlint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code names classes by their imports, not inline by their fully qualified
 * names ({@code new java.io.BufferedWriter(...)}, {@code i instanceof
 * dev.layerlint.ast.Arg}): a reader sees a file's dependencies in its import
 * block. Comments and string literals may name classes in full.
 */
class SourceStyleTest {
    private static final Pattern QUALIFIED = Pattern.compile(
            "\\b(?:java|javax|dev\\.layerlint|com\\.google|org\\.antlr|org\\.snakeyaml|picocli)(?:\\.[a-z_][a-z0-9_]*)*"
                    + "\\.[A-Z]\\w*");

    @Test
    void noInlineFullyQualifiedClassNames() throws IOException {
        List<String> found = new ArrayList<>();
        for (String dir : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(Shared.projectDir().resolve(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                    for (int n = 0; n < lines.size(); n++) {
                        String code = code(lines.get(n));
                        Matcher m = QUALIFIED.matcher(code);
                        if (m.find()) {
                            found.add(p.getFileName() + ":" + (n + 1) + ": " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(found).as("import these instead").isEmpty();
    }

    @Test
    void theCheckSeesAnInlineName() {
        assertThat(QUALIFIED.matcher(code("        Path p = java.nio.file.Path.of(x);")).find()).isTrue();
        assertThat(QUALIFIED.matcher(code("    // see java.nio.file.Path")).find()).isFalse();
        assertThat(QUALIFIED.matcher(code("import java.nio.file.Path;")).find()).isFalse();
        assertThat(QUALIFIED.matcher(code("  s = \"dev.layerlint.cli.Main\";")).find()).isFalse();
    }

    /** The line without import/package statements, comments and string literals. */
    private static String code(String line) {
        String s = line.strip();
        if (s.startsWith("import ") || s.startsWith("package ") || s.startsWith("*") || s.startsWith("/*")
                || s.startsWith("//")) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!quoted && c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                break;
            }
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
