package dev.layerlint.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Run;
import dev.layerlint.source.SourceText;
import dev.layerlint.testing.StubRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inline ignores, on stub rules whose findings are known in advance (one per RUN, one per instruction line), so
 * the tests do not depend on what real rules happen to report.
 */
class SuppressionsTest {

    /** Reports every instruction of one type (or every instruction, for null) at its keyword. */
    private static Rule stub(String code, String name, List<String> aliases, Class<? extends Instruction> type) {
        return StubRule.of(new RuleInfo(code, name, "test stub", Severity.WARNING, aliases), ctx -> {
            for (Instruction i : ctx.file().instructions()) {
                if (type == null || type.isInstance(i)) {
                    ctx.report(i.keyword().span(), name);
                }
            }
        });
    }

    private static final List<Rule> STUBS = List.of(stub("ST901", "every-run", List.of("DL9901"), Run.class),
            stub("ST902", "every-instruction", List.of(), null));

    private static List<String> codes(String text) {
        return codes(text, LintOptions.defaults());
    }

    private static List<String> codes(String text, LintOptions options) {
        return Linter.lint(SourceText.of("Dockerfile", text), null, options, STUBS).findings().stream()
                .map(f -> f.rule().code() + "@" + f.span().startLine()).toList();
    }

    private static final String BASE = "FROM ubuntu:24.04\nRUN apt-get update\nRUN apt-get install -y curl\n";

    @Test
    void withoutCommentsTheFindingsAreThere() {
        assertThat(codes(BASE)).containsExactly("ST902@1", "ST901@2", "ST902@2", "ST901@3", "ST902@3");
    }

    @Test
    void ignoreAppliesToTheNextInstructionOnly() {
        String text = "FROM ubuntu:24.04\n# layerlint ignore=ST901 -- the mirror pins the index\n"
                + "RUN apt-get update\nRUN apt-get install -y curl\n";
        assertThat(codes(text)).containsExactly("ST902@1", "ST902@3", "ST901@4", "ST902@4");
    }

    @Test
    void ignoreCoversEveryLineOfTheInstruction() {
        String text = "FROM ubuntu:24.04\n# layerlint ignore=ST901\nRUN apt-get update && \\\n"
                + "    apt-get install -y curl\n";
        Rule lastLine = new Rule() {
            private final RuleInfo info = new RuleInfo("ST903", "last-line", "test stub", Severity.WARNING,
                    List.of());

            @Override
            public RuleInfo info() {
                return info;
            }

            @Override
            public void check(RuleContext ctx) {
                Instruction run = ctx.file().instructions().get(1);
                ctx.report(ctx.file().source().span(run.span().end() - 4, run.span().end()), "on the last line");
            }
        };
        String suppressed = text.replace("ignore=ST901", "ignore=ST903");
        assertThat(Linter.lint(SourceText.of("Dockerfile", text), null, LintOptions.defaults(), List.of(lastLine))
                .findings()).extracting(f -> f.span().startLine()).containsExactly(4);
        assertThat(Linter.lint(SourceText.of("Dockerfile", suppressed), null, LintOptions.defaults(),
                List.of(lastLine)).findings()).isEmpty();
    }

    @Test
    void namesAliasesListsAndCommentsInBetween() {
        String text = "FROM ubuntu:24.04\n# layerlint ignore=every-run, ST902\n# why: vendored\n"
                + "RUN apt-get update\nRUN apt-get install -y curl\n";
        assertThat(codes(text)).containsExactly("ST902@1", "ST901@5", "ST902@5");
        String hadolint = "FROM ubuntu:24.04\n# hadolint ignore=DL9901\nRUN apt-get update\n";
        assertThat(codes(hadolint)).containsExactly("ST902@1", "ST902@3");
    }

    @Test
    void globalIgnore() {
        assertThat(codes(BASE + "# layerlint global ignore=ST901\n")).containsExactly("ST902@1", "ST902@2",
                "ST902@3");
    }

    @Test
    void syntaxErrorsCannotBeIgnored() {
        assertThat(codes("FROM alpine\n# layerlint ignore=BU000\nENV X\n")).contains("BU000@3");
        assertThat(codes("# layerlint global ignore=all\nFROM alpine\nENV X\n")).containsExactly("BU000@3");
    }

    @Test
    void unusedIgnoresAreReportedOnlyWhenAsked() {
        String text = "FROM ubuntu:24.04\n# layerlint ignore=ST901,ST904\nRUN apt-get update\n";
        assertThat(codes(text)).containsExactly("ST902@1", "ST902@3");
        List<String> reported = Linter.lint(SourceText.of("Dockerfile", text), null,
                LintOptions.defaults().withUnusedIgnores(true), STUBS).findings().stream()
                .filter(f -> f.rule().code().equals("ST001"))
                .map(f -> f.span().startLine() + " " + f.message()).toList();
        assertThat(reported).singleElement().asString().startsWith("2 ignore of ST904 suppresses nothing");
    }
}
