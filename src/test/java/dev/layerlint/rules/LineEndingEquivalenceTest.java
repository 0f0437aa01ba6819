package dev.layerlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.layerlint.cli.FileDiscovery;
import dev.layerlint.fix.Fix;
import dev.layerlint.parser.AstJson;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.Fixer;
import dev.layerlint.rule.LintOptions;
import dev.layerlint.rule.Linter;
import dev.layerlint.rule.RuleConfig;
import dev.layerlint.rule.RuleSettings;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.source.SourceText;
import dev.layerlint.testing.Shared;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A file's line endings and byte-order mark change nothing but themselves.
 * Every Dockerfile is read with LF line endings, then again converted to
 * CRLF, with a UTF-8 BOM before it, and both; each variant must give
 *
 * <ul>
 * <li>the same AST, as {@code layerlint parse} prints it (docs/ast-json.md),
 *     spans included: a BOM is not a column, and the {@code \r} of a line
 *     ending is in no word, comment, instruction or error (a span that runs
 *     to the end of a line ends before the {@code \r}, at the column where it
 *     ends before the {@code \n} of the LF file);</li>
 * <li>the same findings of every rule: code, severity, span, message, and fix
 *     title and safety;</li>
 * <li>the same fixed file, except that the lines of a fixed CRLF file end in
 *     CRLF, new lines included (a fix must keep the file's line endings).</li>
 * </ul>
 *
 * <p>Two fields differ, rightly: {@code bom} and {@code crlf} say what the
 * file had; and a heredoc body is the raw text of its lines, as BuildKit
 * keeps it (its {@code Content} is the lines' bytes, line ends included),
 * so in a CRLF file it has CRLF: the shell or the copied file gets those
 * bytes. Both are checked for exactly that value, then set aside.
 */
class LineEndingEquivalenceTest {
    private static final LintOptions ALL = LintOptions.defaults()
            .withRules(new RuleSettings(Registry.infos().stream().map(i -> i.code()).toList(), List.of(), Map.of()))
            .withConfig(new RuleConfig(List.of("docker.io"), Map.of("org.opencontainers.image.source", "url",
                    "org.opencontainers.image.version", "semver"), true, null))
            .withUnusedIgnores(true);

    private enum Variant {
        CRLF(false, true), BOM(true, false), BOM_CRLF(true, true);

        final boolean bom;
        final boolean crlf;

        Variant(boolean bom, boolean crlf) {
            this.bom = bom;
            this.crlf = crlf;
        }
    }

    /** What was compared, and what differed (one line per difference). */
    private static final class Tally {
        int files;
        int instructions;
        int findings;
        int fixedFiles;
        final List<String> differences = new ArrayList<>();

        void differ(String name, Variant variant, String what) {
            differences.add(name + " [" + variant + "]: " + what);
        }

        String summary(String what) {
            return String.format("%s: %d files with %d instructions and %d findings, each compared in %d variants"
                    + " (%s) with its LF form, and %d fixed texts; %d differences%s", what, files, instructions,
                    findings, Variant.values().length, List.of(Variant.values()), fixedFiles, differences.size(),
                    differences.isEmpty() ? "" : ", the first ones:\n" + String.join("\n",
                            differences.subList(0, Math.min(40, differences.size()))));
        }
    }

    @Test
    void repositoryDockerfiles() throws Exception {
        Path project = Shared.projectDir();
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("testdata", "examples")) {
            files.addAll(dockerfiles(project.resolve(dir)));
        }
        // every rule, every parser golden, the CLI fixtures and the examples are in there
        assertThat(files).hasSizeGreaterThan(250);
        Tally tally = compareAll(project, files);
        System.out.println(tally.summary("repository"));
        assertThat(tally.findings).as("findings compared").isGreaterThan(1000);
        assertThat(tally.fixedFiles).as("fixed texts compared").isGreaterThan(100);
        assertThat(tally.differences.size()).as(tally.summary("repository")).isZero();
    }

    @Test
    void buildKitConformanceCases() throws Exception {
        Path dir = Shared.require("conformance/buildkit-parser");
        List<Path> files = dockerfiles(dir);
        assertThat(files).hasSizeGreaterThanOrEqualTo(38);
        Tally tally = compareAll(dir, files);
        System.out.println(tally.summary("conformance"));
        assertThat(tally.differences.size()).as(tally.summary("conformance")).isZero();
    }

    @Test
    void realCorpus() throws Exception {
        Path dir = Shared.require("corpus/real");
        List<Path> files = new ArrayList<>();
        List<String> manifest = Files.readAllLines(dir.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        for (String row : manifest.subList(1, manifest.size())) {
            if (!row.isBlank()) {
                files.add(dir.resolve(row.substring(0, row.indexOf('\t'))));
            }
        }
        assertThat(files).hasSize(1133);
        Tally tally = compareAll(dir, files);
        System.out.println(tally.summary("corpus"));
        assertThat(tally.differences.size()).as(tally.summary("corpus")).isZero();
    }

    /** Dockerfiles by name (as {@code layerlint check DIR} finds them), and the expected outputs of fixes. */
    private static List<Path> dockerfiles(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                return FileDiscovery.isDockerfileName(name) || name.endsWith(".fixed");
            }).sorted().toList();
        }
    }

    private static Tally compareAll(Path root, List<Path> files) throws Exception {
        Tally tally = new Tally();
        for (Path file : files) {
            String name = root.relativize(file).toString();
            // the LF text: a file that already has CRLF (or a BOM, or CRs before its LFs) is a variant of its LF form
            String lf = SourceLoader.load(file, name).text().replaceAll("\r+\n", "\n");
            // a folder holding a file named Dockerfile is its build context, as on the command line
            Path context = file.getFileName().toString().equals("Dockerfile") ? file.getParent() : null;
            compare(tally, name, file, context, lf);
        }
        return tally;
    }

    private static void compare(Tally tally, String name, Path file, Path context, String lf) throws Exception {
        LintOptions options = ALL.withContext(context);
        SourceText lfSource = SourceText.of(name, lf);
        Linter.Result expected = Linter.lint(lfSource, file, options, Registry.rules());
        JsonObject expectedAst = AstJson.toJson(expected.parse());
        List<String> expectedFindings = describe(expected.findings());
        tally.files++;
        tally.instructions += expected.parse().dockerfile().instructions().size();
        tally.findings += expectedFindings.size();
        boolean fixable = expected.findings().stream().anyMatch(f -> f.fix() != null && !f.fix().edits().isEmpty());
        boolean unsafeFixable = expected.findings().stream()
                .anyMatch(f -> f.fix() != null && f.fix().safety() == Fix.Safety.UNSAFE);
        Fixer.Outcome[] expectedFixes = fixable ? fixes(lfSource, file, options, unsafeFixable) : null;
        for (Variant variant : Variant.values()) {
            String text = variant.crlf ? lf.replace("\n", "\r\n") : lf;
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[body.length + (variant.bom ? 3 : 0)];
            if (variant.bom) {
                bytes[0] = (byte) 0xEF;
                bytes[1] = (byte) 0xBB;
                bytes[2] = (byte) 0xBF;
            }
            System.arraycopy(body, 0, bytes, bytes.length - body.length, body.length);
            SourceText source = SourceLoader.decode(name, bytes);

            Linter.Result actual = Linter.lint(source, file, options, Registry.rules());
            JsonObject ast = AstJson.toJson(actual.parse());
            if (ast.get("bom").getAsBoolean() != variant.bom) {
                tally.differ(name, variant, "bom is " + ast.get("bom"));
            }
            boolean crlf = variant.crlf && lf.contains("\n");
            if (ast.get("crlf").getAsBoolean() != crlf) {
                tally.differ(name, variant, "crlf is " + ast.get("crlf"));
            }
            ast.add("bom", expectedAst.get("bom"));
            ast.add("crlf", expectedAst.get("crlf"));
            List<String> bodies = new ArrayList<>();
            restoreHeredocBodies(ast, variant.crlf, bodies);
            bodies.forEach(b -> tally.differ(name, variant, b));
            if (!ast.equals(expectedAst)) {
                tally.differ(name, variant, "AST differs: " + firstDifference(expectedAst, ast, "$"));
            }

            List<String> findings = describe(actual.findings());
            if (!findings.equals(expectedFindings)) {
                tally.differ(name, variant, "findings differ: " + listDifference(expectedFindings, findings));
            }
            if (expectedFixes != null) {
                Fixer.Outcome[] fixed = fixes(source, file, options, unsafeFixable);
                for (int k = 0; k < fixed.length; k++) {
                    String want = variant.crlf ? expectedFixes[k].dockerfile().replace("\n", "\r\n")
                            : expectedFixes[k].dockerfile();
                    if (!fixed[k].dockerfile().equals(want)) {
                        tally.differ(name, variant, (k == 0 ? "safe" : "unsafe") + " fix differs: "
                                + firstLineDifference(want, fixed[k].dockerfile()));
                    }
                    if (!fixed[k].otherFiles().equals(expectedFixes[k].otherFiles())) {
                        tally.differ(name, variant, "fix edits other files differently: " + fixed[k].otherFiles());
                    }
                    tally.fixedFiles++;
                }
            }
        }
    }

    /** The safe fixes, and when there are unsafe ones, the unsafe fixes too. */
    private static Fixer.Outcome[] fixes(SourceText source, Path file, LintOptions options, boolean unsafe) {
        Fixer.Outcome safe = Fixer.fix(source, file, options, Registry.rules(), false);
        return unsafe ? new Fixer.Outcome[] {safe, Fixer.fix(source, file, options, Registry.rules(), true)}
                : new Fixer.Outcome[] {safe};
    }

    private static List<String> describe(List<Finding> findings) {
        List<String> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(f.rule().code() + " " + f.severity() + " " + f.span() + " " + f.message()
                    + (f.fix() == null ? "" : " | fix (" + f.fix().safety() + "): " + f.fix().title()));
        }
        return out;
    }

    /**
     * Heredoc bodies keep their line ends: in a CRLF variant each must be the
     * LF body with CRLF line ends. Checked, then put back to LF so that the
     * rest of the AST is compared as it is.
     */
    private static void restoreHeredocBodies(JsonElement element, boolean crlf, List<String> problems) {
        if (element instanceof JsonObject o) {
            for (Map.Entry<String, JsonElement> e : o.entrySet()) {
                if (e.getKey().equals("heredocs") && e.getValue() instanceof JsonArray docs) {
                    for (JsonElement doc : docs) {
                        JsonObject h = doc.getAsJsonObject();
                        String body = h.get("body").getAsString();
                        String lf = body.replace("\r\n", "\n");
                        if (crlf && !body.equals(lf.replace("\n", "\r\n"))) {
                            problems.add("heredoc body has a line end that is not CRLF: " + quote(body));
                        }
                        h.add("body", new JsonPrimitive(lf));
                    }
                }
                restoreHeredocBodies(e.getValue(), crlf, problems);
            }
        } else if (element instanceof JsonArray a) {
            a.forEach(x -> restoreHeredocBodies(x, crlf, problems));
        }
    }

    private static String firstDifference(JsonElement expected, JsonElement actual, String path) {
        if (expected instanceof JsonObject e && actual instanceof JsonObject a) {
            for (String key : e.keySet()) {
                if (!Objects.equals(e.get(key), a.get(key))) {
                    return firstDifference(e.get(key), a.get(key), path + "." + key);
                }
            }
            return path + ": extra keys " + a.keySet();
        }
        if (expected instanceof JsonArray e && actual instanceof JsonArray a && e.size() == a.size()
                && !(e.size() == 4 && e.get(0).isJsonPrimitive())) {
            for (int i = 0; i < e.size(); i++) {
                if (!e.get(i).equals(a.get(i))) {
                    return firstDifference(e.get(i), a.get(i), path + "[" + i + "]");
                }
            }
        }
        return path + ": LF " + shorten(String.valueOf(expected)) + " vs " + shorten(String.valueOf(actual));
    }

    private static String listDifference(List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        return "LF only " + missing + ", variant only " + extra;
    }

    private static String firstLineDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "<none>";
            String y = i < a.length ? a[i] : "<none>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ": want " + quote(x) + ", got " + quote(y);
            }
        }
        return "?";
    }

    private static String shorten(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "..." : s;
    }

    private static String quote(String s) {
        return "'" + shorten(s).replace("\r", "\\r").replace("\n", "\\n") + "'";
    }
}
