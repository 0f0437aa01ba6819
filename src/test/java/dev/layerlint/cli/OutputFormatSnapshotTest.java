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
 * Every output format through the real CLI on one shared fixture set
 * (testdata/cli: several rules, a fix, a syntax error, an ignored finding),
 * compared with testdata/cli/snapshots/check_FORMAT.snap.
 */
class OutputFormatSnapshotTest {
    private static final List<String> FILES = List.of("testdata/cli/app/Dockerfile", "testdata/cli/broken.Dockerfile");

    @TestFactory
    Stream<DynamicTest> everyFormat() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String format : List.of("text", "json", "sarif", "checkstyle", "gitlab", "github", "gnu", "junit")) {
            tests.add(DynamicTest.dynamicTest(format, () -> snapshot("check_" + format, "check", "--format", format,
                    FILES.get(0), FILES.get(1))));
        }
        tests.add(DynamicTest.dynamicTest("text --color=always", () -> snapshot("check_text_color", "check",
                "--color", "always", FILES.get(0))));
        tests.add(DynamicTest.dynamicTest("diff", () -> snapshot("check_diff", "check", "--diff", FILES.get(0))));
        return tests.stream();
    }

    private static void snapshot(String name, String... args) throws Exception {
        Path project = Shared.projectDir();
        String[] absolute = args.clone();
        for (int i = 0; i < absolute.length; i++) {
            if (absolute[i].startsWith("testdata/")) {
                absolute[i] = project.relativize(project.resolve(absolute[i])).toString();
            }
        }
        Cli.Run run = Cli.run(absolute);
        String text = "args: " + String.join(" ", args) + "\nexit: " + run.exit() + "\n----- stdout -----\n"
                + normalize(run.out()) + "----- stderr -----\n" + normalize(run.err());
        Golden.check(project.resolve("testdata/cli/snapshots/" + name + ".snap"), text);
    }

    private static String normalize(String s) {
        // SARIF's %SRCROOT% is the checkout's absolute file URI: machine-specific
        return s.replace(VersionProvider.version(), "[VERSION]").replace("\r\n", "\n")
                .replace(ReportPaths.current().rootUri(), "file:///[SRCROOT]/");
    }
}
