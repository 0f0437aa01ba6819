package dev.layerlint.cli;

import dev.layerlint.report.ReportPaths;
import dev.layerlint.testing.Cli;
import dev.layerlint.testing.Golden;
import dev.layerlint.testing.Shared;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code check} on pipelines: a directory with a pipeline and the Dockerfile it
 * builds (the seed case: CI013 in the pipeline, CA001 in the Dockerfile naming
 * the pipeline line) in every output format; an inline ignore above a step; a
 * malformed pipeline (exit 2 with file:line:col) next to a valid one that is
 * still checked. Snapshots in testdata/cli/pipeline/*.snap.
 */
class PipelineCheckTest {
    private static final String SEED = "testdata/ci/CI013/seed-azure";

    @TestFactory
    Stream<DynamicTest> pipelinesAreChecked() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String format : List.of("text", "json", "sarif", "checkstyle", "gitlab", "github", "gnu", "junit")) {
            tests.add(DynamicTest.dynamicTest(format, () -> snapshot("seed_" + format, "check", "--format", format,
                    SEED)));
        }
        tests.add(DynamicTest.dynamicTest("ignore", () -> snapshot("ignored", "check",
                "testdata/cli/pipeline/ignored/azure-pipelines.yml")));
        tests.add(DynamicTest.dynamicTest("broken", () -> snapshot("broken", "check",
                "testdata/cli/pipeline/broken")));
        return tests.stream();
    }

    private static void snapshot(String name, String... args) throws Exception {
        Path project = Shared.projectDir();
        Cli.Run run = Cli.run(args);
        String text = "args: " + String.join(" ", args) + "\nexit: " + run.exit() + "\n----- stdout -----\n"
                + normalize(run.out()) + "----- stderr -----\n" + normalize(run.err());
        Golden.check(project.resolve("testdata/cli/pipeline/" + name + ".snap"), text);
    }

    private static String normalize(String s) {
        return s.replace(VersionProvider.version(), "[VERSION]").replace("\r\n", "\n")
                .replace(ReportPaths.current().rootUri(), "file:///[SRCROOT]/");
    }
}
