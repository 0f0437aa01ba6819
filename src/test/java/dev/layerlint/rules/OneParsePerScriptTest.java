package dev.layerlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.ast.Cmd;
import dev.layerlint.ast.Healthcheck;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Onbuild;
import dev.layerlint.ast.Run;
import dev.layerlint.ast.ShellForm;
import dev.layerlint.cache.Builder;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.parser.Parser;
import dev.layerlint.rule.LintOptions;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.source.SourceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One parsed script per RUN (issue #15): the model parses each RUN, ONBUILD
 * RUN trigger and shell-form command once, and every reader (the cache
 * model for either builder, Scripts, the rules) gets that same object; no
 * other code parses shell text.
 */
class OneParsePerScriptTest {
    private static final Path FIXTURE = Path.of("testdata/scripts/Dockerfile");
    private static final Path MAIN = Path.of("src/main/java/dev/layerlint");
    /**
     * The one home of the parse, the parser itself (it parses {@code sh -c} strings within a script), and the
     * one home of the parse of CI pipeline steps' scripts (not RUN scripts).
     */
    private static final List<Path> MAY_PARSE = List.of(MAIN.resolve("model/SemanticModel.java"),
            MAIN.resolve("shell/ShellParser.java"), MAIN.resolve("pipeline/ShellBuilds.java"));
    private static final Pattern PARSE_CALL = Pattern.compile("ShellParser\\s*\\.\\s*parse\\s*\\(|new\\s+ShellParser\\b");

    @Test
    void everyReaderGetsTheModelsOneParse() throws Exception {
        var parse = Parser.parse(SourceLoader.load(FIXTURE, FIXTURE.toString()));
        SemanticModel model = SemanticModel.build(parse.dockerfile(), Map.of(), null);
        RuleContext ctx = new RuleContext(parse.dockerfile(), FIXTURE, model, null, LintOptions.defaults());
        int runs = 0;
        int posixRuns = 0;
        int nonPosixRuns = 0;
        for (Instruction i : parse.dockerfile().instructions()) {
            Run run = i instanceof Run r ? r : i instanceof Onbuild ob && ob.trigger() instanceof Run r ? r : null;
            if (run != null) {
                runs++;
                var script = model.script(run);
                int line = i.span().startLine();
                assertThat(model.script(run)).as("line %d asked twice", line).isSameAs(script);
                if (i instanceof Onbuild) {
                    assertThat(Scripts.of(ctx, run).script()).as("ONBUILD trigger").isSameAs(script);
                    assertThat(script.commands()).hasSize(1);
                } else if (!ctx.cache().step(run).script().isPosix()) {
                    // a cmd or PowerShell stage: the steps hold the model's one reading in that dialect, and
                    // the rules that read POSIX syntax (Scripts) get nothing
                    var dialect = ctx.cache().step(run).script().dialect();
                    var windows = model.script(run, dialect);
                    assertThat(model.script(run, dialect)).as("line %d asked twice", line).isSameAs(windows);
                    for (Builder b : Builder.values()) {
                        assertThat(ctx.cache(b).step(run).script()).as("%s step, line %d", b, line).isSameAs(windows);
                    }
                    assertThat(windows.commands()).isNotEmpty();
                    assertThat(Scripts.of(ctx, run).script().commands()).as("Scripts, line %d", line).isEmpty();
                    nonPosixRuns++;
                } else if (!ctx.cache().step(run).script().commands().isEmpty()) {
                    posixRuns++;
                    for (Builder b : Builder.values()) {
                        assertThat(ctx.cache(b).step(run).script()).as("%s step, line %d", b, line).isSameAs(script);
                    }
                    assertThat(Scripts.of(ctx, run).script()).as("Scripts, line %d", line).isSameAs(script);
                }
            }
            ShellForm form = i instanceof Cmd c && c.command() instanceof ShellForm s ? s
                    : i instanceof Healthcheck h && h.command() instanceof ShellForm s ? s : null;
            if (form != null) {
                assertThat(model.script(form)).isSameAs(model.script(form));
                assertThat(model.script(form).commands()).isNotEmpty();
            }
        }
        assertThat(runs).isEqualTo(6);
        assertThat(posixRuns).as("RUNs of a POSIX stage with a script").isEqualTo(3);
        assertThat(nonPosixRuns).as("RUNs of a PowerShell stage").isEqualTo(1);
    }

    @Test
    void onlyTheModelParsesShellText() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (MAY_PARSE.contains(f)) {
                    continue;
                }
                Matcher m = PARSE_CALL.matcher(Files.readString(f));
                if (m.find()) {
                    offenders.add(f + ": " + m.group());
                }
            }
        }
        assertThat(offenders).as("parse scripts through SemanticModel.script (rules: Scripts or ctx.model())")
                .isEmpty();
    }
}
