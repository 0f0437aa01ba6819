package dev.layerlint.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.layerlint.report.ReportPaths;
import dev.layerlint.testing.Cli;
import dev.layerlint.testing.Golden;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every output format with every kind of path — relative, {@code ./}-relative,
 * absolute, with a space, not ASCII, standard input with and without
 * {@code --stdin-filename} — through the real CLI, each run with a missing
 * sibling file too (unreadable inputs carry paths as well). One golden file
 * per kind of path, testdata/cli/paths/KIND.snap, with every format in it.
 *
 * <p>Relative paths are relative to the working directory of the test (the
 * project), so the files live under target/path-matrix/; the project's
 * absolute path is written as [PROJECT] in the golden files. SARIF is reduced
 * to what carries paths (the base ids, every artifact location), the rest of
 * it is OutputFormatSnapshotTest's.
 */
class PathMatrixTest {
    private static final List<String> FORMATS = List.of("text", "json", "sarif", "checkstyle", "gitlab", "github",
            "gnu", "junit");
    private static final String DOCKERFILE = "FROM alpine\nENV X\n"; // a warning (RP001) and an error (BU000)

    private record Kind(String name, String folder, boolean absolute, boolean dotSlash, String stdinName) {
    }

    @TestFactory
    Stream<DynamicTest> everyFormatWithEveryKindOfPath() {
        List<Kind> kinds = List.of(
                new Kind("relative", "plain", false, false, null),
                new Kind("dot-relative", "plain", false, true, null),
                new Kind("absolute", "plain", true, false, null),
                new Kind("relative-space", "dir with space", false, false, null),
                new Kind("absolute-space", "dir with space", true, false, null),
                new Kind("relative-non-ascii", "ünïcödé ☃", false, false, null),
                new Kind("absolute-non-ascii", "ünïcödé ☃", true, false, null),
                new Kind("stdin", null, false, false, null),
                new Kind("stdin-named-relative", null, false, false, "svc/dir with space/Dockerfile"),
                new Kind("stdin-named-absolute", null, true, false, "svc/ünï/Dockerfile"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Kind kind : kinds) {
            tests.add(DynamicTest.dynamicTest(kind.name(), () -> check(kind)));
        }
        return tests.stream();
    }

    private static void check(Kind kind) throws IOException {
        Path project = Shared.projectDir();
        assumeTrue(project.toString().matches("[A-Za-z0-9/._-]+"), "the project path " + project + " has characters "
                + "the formats escape, so it cannot be replaced by [PROJECT] in their output");
        assumeTrue(Path.of("").toAbsolutePath().equals(project), "relative paths are relative to the working "
                + "directory, which is not the project (" + project + ") in this run");
        List<String> args = new ArrayList<>();
        String stdin = "";
        if (kind.folder() != null) {
            Path dir;
            try {
                dir = project.resolve("target/path-matrix").resolve(kind.folder());
            } catch (InvalidPathException e) {
                assumeTrue(false, "file names that are not ASCII need a UTF-8 locale; sun.jnu.encoding is "
                        + System.getProperty("sun.jnu.encoding"));
                return;
            }
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE, StandardCharsets.UTF_8);
            Files.deleteIfExists(dir.resolve("missing.Dockerfile"));
            String base = kind.absolute() ? dir.toString()
                    : (kind.dotSlash() ? "./" : "") + project.relativize(dir).toString();
            args.add(base + "/Dockerfile");
            args.add(base + "/missing.Dockerfile");
        } else {
            stdin = DOCKERFILE;
            args.add("-");
            if (kind.stdinName() != null) {
                args.add("--stdin-filename");
                args.add(kind.absolute() ? project.resolve(kind.stdinName()).toString() : kind.stdinName());
            }
        }
        StringBuilder all = new StringBuilder("args: check --format FORMAT "
                + String.join(" ", args).replace(project.toString(), "[PROJECT]") + "\n");
        for (String format : FORMATS) {
            List<String> full = new ArrayList<>(List.of("check", "--format", format));
            full.addAll(args);
            Cli.Run run = Cli.runWithStdin(stdin, full.toArray(String[]::new));
            String out = format.equals("sarif") ? sarifPaths(run.out()) : run.out();
            all.append("\n===== ").append(format).append(" (exit ").append(run.exit()).append(") =====\n")
                    .append(normalize(out, project));
            if (!run.err().isEmpty()) {
                all.append("----- stderr -----\n").append(normalize(run.err(), project));
            }
        }
        Golden.check(project.resolve("testdata/cli/paths/" + kind.name() + ".snap"), all.toString());
    }

    private static String normalize(String s, Path project) {
        return s.replace(VersionProvider.version(), "[VERSION]")
                .replace(ReportPaths.fileUri(project), "file:///[PROJECT]")
                .replace(project.toString(), "[PROJECT]");
    }

    /** The parts of a SARIF log that name files: the base ids and every artifactLocation, in order. */
    private static String sarifPaths(String sarif) {
        JsonObject run = JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject();
        JsonObject kept = new JsonObject();
        if (run.has("originalUriBaseIds")) {
            kept.add("originalUriBaseIds", run.get("originalUriBaseIds"));
        }
        JsonArray locations = new JsonArray();
        collect(run.get("results"), locations);
        kept.add("results.artifactLocations", locations);
        JsonArray notifications = new JsonArray();
        collect(run.getAsJsonArray("invocations"), notifications);
        kept.add("invocations.artifactLocations", notifications);
        kept.add("executionSuccessful", run.getAsJsonArray("invocations").get(0).getAsJsonObject()
                .get("executionSuccessful"));
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(kept) + "\n";
    }

    private static void collect(JsonElement e, JsonArray into) {
        if (e == null) {
            return;
        }
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> collect(x, into));
        } else if (e.isJsonObject()) {
            for (var entry : e.getAsJsonObject().entrySet()) {
                if (entry.getKey().equals("artifactLocation")) {
                    into.add(entry.getValue());
                } else {
                    collect(entry.getValue(), into);
                }
            }
        }
    }
}
