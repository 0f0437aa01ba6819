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
 * still checked; a repository whose builds are in templates and a GitLab
 * local include (checked as their callers run them). Snapshots in testdata/cli/pipeline/*.snap.
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
        // a directory: the templates its pipelines run and a GitLab local include are checked too, each once
        tests.add(DynamicTest.dynamicTest("templates", () -> snapshot("templates", "check", "--format", "gnu",
                "testdata/cli/pipeline/templates")));
        // a template given by path with no caller among the inputs: read alone, its caller's agent not known
        tests.add(DynamicTest.dynamicTest("template alone", () -> snapshot("template_alone", "check", "--format",
                "gnu", "testdata/cli/pipeline/templates/build/steps/docker.yml")));
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
