package dev.layerlint.realbuilder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.parser.ParseResult;
import dev.layerlint.parser.Parser;
import dev.layerlint.realbuilder.ScenarioGenerator.Features;
import dev.layerlint.realbuilder.ScenarioGenerator.State;
import dev.layerlint.source.SourceText;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The differential test's generator, without a docker: what it makes is usable and covers what it should. */
class ScenarioGeneratorTest {
    private static final Features MODERN = new Features(true, true);

    @Test
    void theSameSeedGivesTheSameScenario() {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(ScenarioGenerator.scenario(seed, MODERN, 5)).isEqualTo(ScenarioGenerator.scenario(seed,
                    MODERN, 5));
        }
        assertThat(ScenarioGenerator.scenario(1, MODERN, 5)).isNotEqualTo(ScenarioGenerator.scenario(2, MODERN, 5));
    }

    @Test
    void everyDockerfileParsesAndEveryBuildHasItsSources() {
        for (Features f : List.of(new Features(false, false), new Features(true, false), MODERN)) {
            for (long seed = 0; seed < 300; seed++) {
                for (State s : ScenarioGenerator.scenario(seed, f, 5)) {
                    ParseResult parse = Parser.parse(SourceText.of("Dockerfile", s.dockerfileText()));
                    assertThat(parse.errors()).as("seed %d %s:%n%s", seed, s.mutation(), s.dockerfileText())
                            .isEmpty();
                    assertThat(s.files()).containsKeys("req.txt", "src/main.txt", "conf/app.cfg", "run.sh");
                    String text = s.dockerfileText();
                    if (!f.mounts()) {
                        assertThat(text).doesNotContain("--mount");
                    }
                    if (!f.modern()) { // 20.10's frontend cannot build these
                        assertThat(text).doesNotContain("<<", "--link", "--chmod", "--exclude");
                    }
                    s.args().forEach((k, v) -> {
                        if (k.equals("BASE_TAG")) {
                            assertThat(v).isIn("1", "2");
                        }
                    });
                }
            }
        }
    }

    @Test
    void everyFeatureAndMutationKindOccurs() {
        Set<String> kinds = new TreeSet<>();
        StringBuilder all = new StringBuilder();
        for (long seed = 0; seed < 300; seed++) {
            for (State s : ScenarioGenerator.scenario(seed, MODERN, 5)) {
                kinds.add(s.mutation().split("[ =]")[0]);
                all.append(s.dockerfileText());
                s.files().keySet().forEach(p -> all.append(p).append('\n'));
                if (s.files().containsKey(ScenarioGenerator.IGNORE)) {
                    all.append(s.files().get(ScenarioGenerator.IGNORE).content()).append('\n');
                }
            }
        }
        assertThat(kinds).contains("cold", "none", "edit", "touch", "chmod", "add", "delete", "ignore", "unignore",
                "arg", "arg-omitted", "arg-default", "dockerfile", "base-update", "secret", "revert-to");
        assertThat(all.toString()).contains("COPY --from=", "src/*.txt", "ADD ", "ARG V", "ENV E", "USER ",
                "WORKDIR ", "SHELL [", "LABEL ", "type=bind", "type=cache", "type=secret", "**/", "!docs/keep.md",
                "RUN <<EOF", "<<\"EOF\"", "COPY <<EOF", "--link", "--chmod=", "--exclude=", "AS unused",
                "${BASE_TAG}", ScenarioGenerator.FLOATING);
    }
}
