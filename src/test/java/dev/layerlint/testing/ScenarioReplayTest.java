package dev.layerlint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mutations.txt as the differential test writes it: several actions in one build, a named base image. */
class ScenarioReplayTest {
    @TempDir
    Path scenario;

    @Test
    void actionsJoinedWithAndAndANamedBaseImage() throws Exception {
        Files.writeString(scenario.resolve("Dockerfile"), "FROM layerlint/floating:latest\nCOPY a.txt /\n");
        Files.writeString(scenario.resolve("a.txt"), "one\n");
        Files.writeString(scenario.resolve("mutations.txt"), """
                cold | cold
                three | edit a.txt two && arg X=1 && base-update base/busybox:2 | same-output
                back | edit a.txt one && unarg X
                """);
        List<ScenarioReplay.Mutation> mutations = ScenarioReplay.mutations(scenario);
        assertThat(mutations).extracting(ScenarioReplay.Mutation::name).containsExactly("cold", "three", "back");
        assertThat(mutations.get(1).actions()).containsExactly(List.of("edit", "a.txt", "two"),
                List.of("arg", "X=1"), List.of("base-update", "base/busybox:2"));
        assertThat(mutations.get(1).sameOutput()).isTrue();
        assertThat(mutations.get(1).movesBase()).isTrue();
        assertThat(mutations.get(2).movesBase()).isFalse();

        ScenarioReplay replay = new ScenarioReplay(scenario, "buildkit");
        assertThat(replay.apply(mutations.get(0))).isFalse();
        assertThat(replay.floatingImage()).isEqualTo("base/busybox:1"); // where DifferentialTest tags it first
        assertThat(replay.apply(mutations.get(1))).isTrue();
        assertThat(Files.readString(replay.work().resolve("a.txt"))).isEqualTo("two\n");
        assertThat(replay.args()).containsEntry("X", "1");
        assertThat(replay.floatingImage()).isEqualTo("base/busybox:2");
        assertThat(replay.apply(mutations.get(2))).isFalse();
        assertThat(Files.readString(replay.work().resolve("a.txt"))).isEqualTo("one\n");
        assertThat(replay.args()).doesNotContainKey("X");
    }
}
