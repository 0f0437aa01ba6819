package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.layerlint.testing.Cli;
import dev.layerlint.testing.Shared;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table testdata/cli/inputs/summary-and-exit.tsv: for unusable inputs
 * (missing, binary, not UTF-8, a directory, unreadable), empty files and good
 * ones, alone and mixed, the exit code in every format, the text summary
 * line, and what the JSON, JUnit and SARIF reports count. Every format must
 * name each unusable input exactly once.
 */
class InputOutcomeTest {
    private static final Pattern FINDING_CODE = Pattern.compile("\\[[A-Z]{2}\\d{3}\\]$");

    @TempDir
    Path tmp;

    private record Row(int line, List<String> inputs, List<String> options, int exit, String summary, int[] json,
            int[] junit, String sarif) {
        String name() {
            return "line " + line + ": " + String.join(" ", inputs) + (options.isEmpty() ? "" : " " + String.join(" ",
                    options));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRow() throws IOException {
        Path table = Shared.projectDir().resolve("testdata/cli/inputs/summary-and-exit.tsv");
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            assertThat(c).as("%s:%d: 7 tab-separated columns", table, i + 1).hasSize(7);
            Row row = new Row(i + 1, List.of(c[0].split(" ")), c[1].isEmpty() ? List.of() : List.of(c[1].split(" ")),
                    Integer.parseInt(c[2]), c[3], counts(c[4]), counts(c[5]), c[6]);
            tests.add(DynamicTest.dynamicTest(row.name(), () -> check(row)));
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    private static int[] counts(String s) {
        return Arrays.stream(s.split("/")).mapToInt(Integer::parseInt).toArray();
    }

    private void check(Row row) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("row" + row.line()));
        List<String> args = new ArrayList<>();
        List<String> unusableNames = new ArrayList<>();
        String stdin = "";
        int n = 0;
        for (String kind : row.inputs()) {
            n++;
            if (kind.startsWith("stdin:")) {
                stdin = content(kind.substring("stdin:".length()));
                args.add("-");
                if (kind.equals("stdin:binary")) {
                    unusableNames.add("<stdin>");
                }
                continue;
            }
            Path p = dir.resolve(n + "-" + kind + ".Dockerfile");
            switch (kind) {
                case "missing" -> unusableNames.add(p.getFileName().toString());
                case "directory" -> {
                    Files.createDirectory(p);
                    unusableNames.add(p.getFileName().toString());
                }
                case "binary" -> {
                    Files.write(p, new byte[] {'F', 'R', 0, 1, 2});
                    unusableNames.add(p.getFileName().toString());
                }
                case "latin1" -> {
                    Files.write(p, new byte[] {'F', 'R', 'O', 'M', ' ', 'a', '\n', 'L', 'A', 'B', 'E', 'L', ' ', 'a',
                        '=', (byte) 0xe9, '\n'});
                    unusableNames.add(p.getFileName().toString());
                }
                case "noperm" -> {
                    Files.writeString(p, content("clean"));
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
                    assumeTrue(!Files.isReadable(p), "a file with mode 000 is readable here (root)");
                    unusableNames.add(p.getFileName().toString());
                }
                default -> Files.writeString(p, content(kind), StandardCharsets.UTF_8);
            }
            args.add(p.toString());
        }
        args.addAll(row.options());

        Cli.Run text = run(row, stdin, "text", args);
        List<String> lines = text.out().lines().toList();
        if (row.summary().equals("-")) {
            assertThat(lines).noneMatch(l -> l.contains(" in ") && l.contains(" file") || l.startsWith("Nothing"));
        } else {
            assertThat(lines).as("the summary is the last line").last().isEqualTo(row.summary());
        }
        List<String> inputErrors = lines.stream().filter(l -> l.contains(": error: ")).toList();
        assertThat(inputErrors).as("one line per unusable input").hasSize(unusableNames.size());
        for (String name : unusableNames) {
            assertThat(inputErrors).as("a line names %s", name).anyMatch(l -> l.contains(name));
        }
        assertThat(text.out() + text.err()).doesNotContain("Exception").doesNotContain("\tat ");

        JsonObject json = JsonParser.parseString(run(row, stdin, "json", args).out()).getAsJsonObject();
        JsonObject summary = json.getAsJsonObject("summary");
        assertThat(new int[] {summary.get("files").getAsInt(), summary.get("unreadable").getAsInt(),
            summary.get("findings").getAsInt()}).as("json files/unreadable/findings").containsExactly(row.json());
        int withError = 0;
        for (JsonElement f : json.getAsJsonArray("files")) {
            withError += f.getAsJsonObject().get("error").isJsonNull() ? 0 : 1;
        }
        assertThat(withError).isEqualTo(unusableNames.size());

        String junit = run(row, stdin, "junit", args).out();
        assertThat(new int[] {attribute(junit, "tests"), attribute(junit, "failures"), attribute(junit, "errors")})
                .as("junit tests/failures/errors").containsExactly(row.junit());
        assertThat(count(junit, "<error message=")).isEqualTo(unusableNames.size());

        JsonObject run = JsonParser.parseString(run(row, stdin, "sarif", args).out()).getAsJsonObject()
                .getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject invocation = run.getAsJsonArray("invocations").get(0).getAsJsonObject();
        JsonArray notifications = invocation.has("toolExecutionNotifications")
                ? invocation.getAsJsonArray("toolExecutionNotifications") : new JsonArray();
        assertThat(invocation.get("executionSuccessful").getAsBoolean() + "/" + notifications.size() + "/"
                + run.getAsJsonArray("results").size()).as("sarif executionSuccessful/notifications/results")
                .isEqualTo(row.sarif());
        for (JsonElement e : notifications) {
            assertThat(e.getAsJsonObject().getAsJsonArray("locations")).as("a notification names its file").hasSize(1);
        }

        long gnuErrors = run(row, stdin, "gnu", args).out().lines()
                .filter(l -> !FINDING_CODE.matcher(l).find()).count();
        assertThat(gnuErrors).as("gnu lines without a rule code").isEqualTo(unusableNames.size());
        assertThat(count(run(row, stdin, "github", args).out(), ",title=layerlint::")).isEqualTo(unusableNames.size());
        assertThat(count(run(row, stdin, "checkstyle", args).out(), "source=\"layerlint.input\""))
                .isEqualTo(unusableNames.size());
        assertThat(count(run(row, stdin, "gitlab", args).out(), "\"check_name\": \"unreadable-input\""))
                .isEqualTo(unusableNames.size());
    }

    @org.junit.jupiter.api.Test
    void diffAndFixReportAnUnusableInputAndExitTwo() throws IOException {
        Path good = Files.writeString(tmp.resolve("Dockerfile"), "FROM alpine:3.20\nRUN apt-get update\n");
        String missing = tmp.resolve("missing.Dockerfile").toString();
        for (String mode : List.of("--diff", "--fix")) {
            Cli.Run run = Cli.run("check", mode, good.toString(), missing);
            assertThat(run.exit()).as(mode).isEqualTo(2);
            assertThat(run.out() + run.err()).as(mode).contains(missing + ": error: no such file or directory")
                    .doesNotContain("Exception");
        }
    }

    @org.junit.jupiter.api.Test
    void aFileNameTheSystemCannotRepresentIsAnInputErrorNotACrash() {
        Cli.Run run = Cli.run("check", "a\0b");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("a\0b: error: not a usable file name (Nul character not allowed)")
                .contains("Nothing linted; 1 input could not be linted");
        assertThat(run.err()).doesNotContain("internal error");
    }

    /** Runs one format and checks that its exit code is the row's. */
    private static Cli.Run run(Row row, String stdin, String format, List<String> args) {
        List<String> full = new ArrayList<>(List.of("check", "--format", format));
        full.addAll(args);
        Cli.Run run = Cli.runWithStdin(stdin, full.toArray(String[]::new));
        assertThat(run.exit()).as("exit code with --format %s (stderr: %s)", format, run.err()).isEqualTo(row.exit());
        return run;
    }

    private static String content(String kind) {
        return switch (kind) {
            case "clean" -> "FROM alpine:3.20\n";
            case "warning" -> "FROM alpine\n";
            case "error" -> "FROM alpine:3.20\nENV X\n";
            case "empty" -> "";
            case "comments" -> "# nothing here yet\n\n# still nothing\n";
            case "binary" -> "FR\0\1\2";
            default -> throw new IllegalArgumentException("unknown kind of input in the table: " + kind);
        };
    }

    private static int attribute(String xml, String name) {
        Matcher m = Pattern.compile("<testsuites [^>]*\\b" + name + "=\"(\\d+)\"").matcher(xml);
        assertThat(m.find()).as("<testsuites %s=...>", name).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int at = s.indexOf(needle); at >= 0; at = s.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
