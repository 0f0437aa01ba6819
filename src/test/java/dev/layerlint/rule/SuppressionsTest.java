package dev.layerlint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.rules.Registry;
import dev.layerlint.source.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionsTest {

    private static List<String> codes(String text) {
        return Linter.lint(SourceText.of("Dockerfile", text), null, LintOptions.defaults(), Registry.rules())
                .findings().stream().map(f -> f.rule().code() + "@" + f.span().startLine()).toList();
    }

    private static final String BASE = "FROM ubuntu:24.04\nRUN apt-get update\nRUN apt-get install -y curl\n";

    @Test
    void withoutCommentsTheFindingsAreThere() {
        assertThat(codes(BASE)).contains("CA004@2", "CA009@3");
    }

    @Test
    void ignoreAppliesToTheNextInstructionOnly() {
        String text = "FROM ubuntu:24.04\n# layerlint ignore=CA004 -- the mirror pins the index\n"
                + "RUN apt-get update\nRUN apt-get install -y curl\n";
        assertThat(codes(text)).doesNotContain("CA004@3").contains("CA009@4");
    }

    @Test
    void namesListsAndCommentsInBetween() {
        String text = "FROM ubuntu:24.04\n# layerlint ignore=package-index-update-alone, CA009\n# why: vendored\n"
                + "RUN apt-get update\nRUN apt-get install -y curl\n";
        assertThat(codes(text)).doesNotContain("CA004@4").contains("CA009@5");
    }

    @Test
    void globalIgnore() {
        assertThat(codes("# layerlint global ignore=CA009\n" + BASE)).contains("CA004@3")
                .noneMatch(c -> c.startsWith("CA009"));
    }

    @Test
    void syntaxErrorsCannotBeIgnored() {
        assertThat(codes("FROM alpine\n# layerlint ignore=BU000\nENV X\n")).contains("BU000@3");
    }

    @Test
    void unusedIgnoresAreReportedOnlyWhenAsked() {
        String text = "FROM ubuntu:24.04\n# layerlint ignore=CA004,CA003\nRUN apt-get update\nRUN apt-get install -y curl\n";
        assertThat(codes(text)).doesNotContain("ST001@2");
        List<String> reported = Linter.lint(SourceText.of("Dockerfile", text), null,
                LintOptions.defaults().withUnusedIgnores(true), Registry.rules()).findings().stream()
                .map(f -> f.rule().code() + "@" + f.span().startLine() + " " + f.message()).toList();
        assertThat(reported).anyMatch(f -> f.startsWith("ST001@2 ignore of CA003 suppresses nothing"))
                .noneMatch(f -> f.startsWith("ST001@2 ignore of CA004"));
    }
}
