package dev.layerlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.ast.From;
import dev.layerlint.ast.Instruction;
import dev.layerlint.parser.Parser;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.LintOptions;
import dev.layerlint.rule.Linter;
import dev.layerlint.rule.RuleSettings;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.source.SourceText;
import dev.layerlint.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A fragment (instructions with no FROM: a file being written, a template
 * part, a snippet from the docs) is reported once (BU011) and otherwise
 * linted as if it followed {@code FROM scratch}: every rule fires on it as it
 * fires after a written {@code FROM scratch}. Checked on every single-stage
 * rule fixture: its FROM line blanked (the fragment) against its FROM line
 * made {@code FROM scratch} (same line numbers).
 */
class FragmentTest {
    private static final LintOptions ALL = LintOptions.defaults()
            .withRules(new RuleSettings(Registry.infos().stream().map(i -> i.code()).toList(), List.of(), Map.of()));

    @Test
    void aFragmentIsLintedAsIfItFollowedFromScratch() throws Exception {
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(Shared.projectDir().resolve("testdata/rules"))) {
            fixtures = files.filter(p -> p.getFileName().toString().endsWith("Dockerfile")).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        int compared = 0;
        long findings = 0;
        for (Path p : fixtures) {
            SourceText original = SourceLoader.load(p, p.toString());
            From from = onlyFrom(original);
            if (from == null) {
                continue;
            }
            int line = from.span().startLine();
            String fragment = replaceLine(original.text(), line, "");
            String scratch = replaceLine(original.text(), line, from.keyword().text() + " scratch");
            List<String> got = describe(lint(fragment), line, true);
            List<String> want = describe(lint(scratch), line, false);
            if (!got.equals(want)) {
                problems.add(p + ":\n  fragment:     " + got + "\n  FROM scratch: " + want);
            }
            compared++;
            findings += want.size();
        }
        assertThat(problems).isEmpty();
        assertThat(compared).as("single-stage fixtures compared").isGreaterThan(100);
        assertThat(findings).as("findings compared").isGreaterThan(200);
    }

    @Test
    void theMissingFromIsReportedOnce() {
        List<Finding> findings = lint("RUN apt-get update\nRUN apt-get install -y curl\nRUN pip install flask\n");
        assertThat(findings).filteredOn(f -> f.rule().code().equals("BU011")).hasSize(1);
        assertThat(findings).filteredOn(f -> f.rule().code().equals("BU000")).isEmpty();
        assertThat(findings).extracting(f -> f.rule().code()).contains("RP004", "CA004");
    }

    @Test
    void aMistypedFromIsOneSyntaxErrorAndTheRestIsStillLinted() {
        List<Finding> findings = lint("FORM python:3.12\nRUN pip install flask\n");
        assertThat(findings).filteredOn(f -> f.rule().code().equals("BU000")).hasSize(1)
                .allSatisfy(f -> assertThat(f.message()).contains("FROM"));
        assertThat(findings).extracting(f -> f.rule().code()).doesNotContain("BU011").contains("RP004");
    }

    /**
     * The file's FROM when it is its first instruction and its only FROM, on
     * one line, with no stage name, and something follows it; else null.
     */
    private static From onlyFrom(SourceText source) {
        List<Instruction> instructions = Parser.parse(source).dockerfile().instructions();
        if (instructions.size() < 2 || !(instructions.get(0) instanceof From only)
                || instructions.stream().filter(i -> i instanceof From).count() > 1) {
            return null;
        }
        return only.stageName() != null || only.span().startLine() != only.span().endLine() ? null : only;
    }

    private static List<Finding> lint(String text) {
        return Linter.lint(SourceText.of("Dockerfile", text), null, ALL, Registry.rules()).findings();
    }

    /**
     * Findings as comparable lines. The fragment's BU011 has no counterpart;
     * what the written FROM's line gets (a stage-level finding) the fragment
     * gets at the start of its first instruction, so those compare without
     * their position. ST018 is left out: the fragment has one keyword fewer,
     * so the majority casing it compares against can differ.
     */
    private static List<String> describe(List<Finding> findings, int fromLine, boolean fragment) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            String code = f.rule().code();
            if (code.equals("ST018") || fragment && code.equals("BU011")) {
                continue;
            }
            boolean stageLevel = fragment ? f.span().isEmpty() : f.span().startLine() == fromLine;
            out.add(code + (stageLevel ? " (stage)" : " " + f.span()) + " " + f.message());
        }
        out.sort(null);
        return out;
    }

    private static String replaceLine(String text, int line, String replacement) {
        String[] lines = text.split("\n", -1);
        lines[line - 1] = replacement + (lines[line - 1].endsWith("\r") ? "\r" : "");
        return String.join("\n", lines);
    }
}
