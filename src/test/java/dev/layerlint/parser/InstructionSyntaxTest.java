package dev.layerlint.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.parser.InstructionSyntax.FlagKind;
import dev.layerlint.parser.InstructionSyntax.Syntax;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The instruction table is BuildKit's (testdata/parser/instruction-table.tsv, written from
 * research/buildkit.md), and it is the only one: no other parser class and no grammar file keeps a list of
 * keywords or flags of its own.
 */
class InstructionSyntaxTest {
    private static final Path TABLE = Path.of("testdata/parser/instruction-table.tsv");

    @Test
    void tableIsBuildKits() throws IOException {
        List<String> keywords = new ArrayList<>();
        for (String line : Files.readAllLines(Shared.projectDir().resolve(TABLE))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertThat(f).as(line).hasSize(10);
            keywords.add(f[0]);
            Syntax syntax = InstructionSyntax.of(f[0]);
            assertThat(syntax).as("%s is in the table", f[0]).isNotNull();
            assertThat(syntax.keyword()).isEqualTo(f[0]);
            assertThat(syntax.arguments().name()).as("%s arguments", f[0]).isEqualTo(f[1]);
            assertThat(syntax.form().name().toLowerCase(Locale.ROOT).replace('_', '-')).as("%s form", f[0])
                    .isEqualTo(f[2]);
            assertThat(syntax.minArguments()).as("%s fewest arguments", f[0]).isEqualTo(Integer.parseInt(f[3]));
            assertThat(syntax.flags()).as("%s flags", f[0]).isEqualTo(flags(f[4]));
            assertThat(syntax.flagsChecked()).as("%s flags validated", f[0]).isEqualTo(yes(f[5]));
            assertThat(syntax.heredocs()).as("%s heredocs", f[0]).isEqualTo(yes(f[6]));
            assertThat(syntax.onbuildTrigger()).as("%s ONBUILD trigger", f[0]).isEqualTo(yes(f[7]));
            assertThat(syntax.expansion().name()).as("%s expands", f[0]).isEqualTo(f[8]);
            assertThat(syntax.expandedFlags()).as("%s expanded flags", f[0])
                    .isEqualTo(f[9].equals("-") ? Set.of() : Set.of(f[9].split(" ")));
            for (String flag : syntax.expandedFlags()) {
                assertThat(InstructionSyntax.expandsFlag(f[0], flag)).isTrue();
            }
        }
        assertThat(InstructionSyntax.KEYWORDS).containsExactlyElementsOf(keywords);
    }

    @Test
    void keywordsInAnyCase() {
        assertThat(InstructionSyntax.of("run")).isSameAs(InstructionSyntax.of("RUN"));
        assertThat(InstructionSyntax.of("Copy")).isSameAs(InstructionSyntax.of("COPY"));
        assertThat(InstructionSyntax.of("RUNN")).isNull();
    }

    /**
     * No second list of the table's facts in the parser or the grammar: a line that names two keywords, or
     * two flags, in quotes is a list (a {@code case} label that builds the AST node of those keywords is
     * not), and the heredoc openers are found by the lexer only (the AST builder takes its result).
     */
    @Test
    void noSecondCopyInTheParser() throws IOException {
        Set<String> flagNames = new TreeSet<>();
        for (String keyword : InstructionSyntax.KEYWORDS) {
            flagNames.addAll(InstructionSyntax.of(keyword).flags().keySet());
        }
        Pattern quoted = Pattern.compile("\"([A-Za-z-]+)\"|'([A-Za-z-]+)'");
        List<String> copies = new ArrayList<>();
        for (Path file : sources()) {
            String name = file.getFileName().toString();
            if (name.equals("InstructionSyntax.java")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                Set<String> keywords = new TreeSet<>();
                Set<String> flags = new TreeSet<>();
                Matcher m = quoted.matcher(line);
                while (m.find()) {
                    String word = m.group(1) != null ? m.group(1) : m.group(2);
                    if (InstructionSyntax.KEYWORDS.contains(word.toUpperCase(Locale.ROOT))) {
                        keywords.add(word.toUpperCase(Locale.ROOT));
                    }
                    if (flagNames.contains(word)) {
                        flags.add(word);
                    }
                }
                boolean caseLabel = line.strip().startsWith("case ");
                if (keywords.size() > 1 && !caseLabel || flags.size() > 1) {
                    copies.add(name + ":" + (n + 1) + ": " + line.strip());
                }
                if (line.contains("heredocOpeners(") && !name.equals("LineSyntax.java")
                        && !name.equals("DockerfileLexerBase.java")) {
                    copies.add(name + ":" + (n + 1) + ": a second heredoc scan: " + line.strip());
                }
            }
        }
        assertThat(copies).as("lists of keywords or flags outside InstructionSyntax").isEmpty();
    }

    @Test
    void grammarPointsToTheTable() throws IOException {
        try (Stream<Path> files = Files.list(Shared.projectDir().resolve("grammar"))) {
            for (Path g4 : files.filter(p -> p.toString().endsWith(".g4")).toList()) {
                assertThat(Files.readString(g4)).as(g4.getFileName().toString()).contains("InstructionSyntax");
            }
        }
    }

    private static List<Path> sources() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("src/main/java/dev/layerlint/parser", "grammar")) {
            try (Stream<Path> walk = Files.walk(Shared.projectDir().resolve(dir))) {
                walk.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".g4")).sorted()
                        .forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(5);
        return files;
    }

    private static boolean yes(String field) {
        assertThat(field).isIn("yes", "no");
        return field.equals("yes");
    }

    private static Map<String, FlagKind> flags(String field) {
        Map<String, FlagKind> flags = new LinkedHashMap<>();
        if (!field.equals("-")) {
            for (String pair : field.split(" ")) {
                String[] nameKind = pair.split("=");
                flags.put(nameKind[0], FlagKind.valueOf(nameKind[1].toUpperCase(Locale.ROOT)));
            }
        }
        return flags;
    }
}
