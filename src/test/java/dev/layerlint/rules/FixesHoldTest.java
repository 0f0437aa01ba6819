package dev.layerlint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import dev.layerlint.rule.Fixer;
import dev.layerlint.rule.LintOptions;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.testing.Cli;
import dev.layerlint.testing.FixCheck;
import dev.layerlint.testing.Shared;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;


/**
 * DESIGN.md section 4 over every Dockerfile that ships with the repository
 * (testdata/**, examples/**): with every fix applied ({@code --fix
 * --unsafe-fixes}), the file has no new syntax error, no fixed finding left,
 * no new finding (bar FixCheck's reasoned exceptions), a second fix changes
 * nothing, and the BOM and line endings are kept. Also in CRLF and BOM
 * variants of the files that have fixes. The shared corpus gets the same
 * check from {@code bench/fix-corpus.sh}.
 */
class FixesHoldTest {
    @TempDir
    Path tmp;

    /** A fixture: its name, the file, and its build context (its folder for DIR/Dockerfile, else none). */
    record Input(String name, Path file, Path context) {
    }

    static List<Input> inputs() throws IOException {
        Path root = Shared.projectDir();
        List<Input> out = new ArrayList<>();
        for (String top : List.of("testdata", "examples")) {
            try (Stream<Path> all = Files.walk(root.resolve(top))) {
                for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                    String n = p.getFileName().toString();
                    if (n.endsWith(".fixed") || n.endsWith(".unsafe-fixed")) {
                        continue; // expected outputs; their own fixed point is RuleFixtures' check
                    }
                    String name = root.relativize(p).toString();
                    if (n.equals("Dockerfile") || n.startsWith("Dockerfile.")) {
                        out.add(new Input(name, p, p.getParent()));
                    } else if (n.endsWith(".Dockerfile")) {
                        out.add(new Input(name, p, null));
                    }
                }
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureKeepsTheFixPromise() throws IOException {
        List<Input> inputs = inputs();
        assertThat(inputs).hasSizeGreaterThan(200);
        FixCheck check = new FixCheck();
        return inputs.stream().map(in -> DynamicTest.dynamicTest(in.name(), () -> {
            FixCheck.Result r = check.check(in.name(), in.file(), in.context());
            assertThat(r.problems()).as(in.name()).isEmpty();
        }));
    }

    /**
     * The *.Dockerfile fixtures again, each with a context that has every package manager's manifests, a
     * .git and a node_modules, so that CA002's reorder and CA007's .dockerignore fixes run on them too.
     */
    @TestFactory
    Stream<DynamicTest> everyFixtureWithAPopulatedContext() throws IOException {
        FixCheck check = new FixCheck(false, true);
        return inputs().stream().filter(in -> in.context() == null).map(in -> DynamicTest.dynamicTest(in.name(),
                () -> assertThat(check.check(in.name(), in.file(), null).problems()).as(in.name()).isEmpty()));
    }

    /**
     * The shared corpus, each file with a populated context and with the slips fixes repair (which makes
     * the most fixes meet; bench/fix-corpus.sh prints this and the other variants); skipped without
     * ../shared.
     */
    @Test
    void everyCorpusFileKeepsTheFixPromise() throws IOException {
        Path corpus = Shared.require("corpus/real");
        FixCheck check = new FixCheck(false, true, FixCheck.Variant.SLIPS);
        List<String> names = FixCheck.manifestFiles(corpus.resolve("MANIFEST.tsv"));
        FixCheck.Summary summary = check.checkAll(corpus, names);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        summary.print(new PrintStream(report, true, StandardCharsets.UTF_8));
        System.out.println("corpus, populated context, slips:\n" + report.toString(StandardCharsets.UTF_8));
        assertThat(summary.files()).isEqualTo(names.size()).isGreaterThan(1000);
        assertThat(summary.changed()).as("files with fixes").isGreaterThan(1000);
        assertThat(summary.crashed()).isEmpty();
        assertThat(summary.failed().stream().flatMap(r -> r.problems().stream().map(p -> r.name() + ": " + p)))
                .as("files that break the fix promise").isEmpty();
    }

    /** The files that get fixes, again with CRLF line endings, with a BOM, and with both. */
    @TestFactory
    Stream<DynamicTest> crlfAndBomVariantsKeepTheirEncoding() throws IOException {
        FixCheck check = new FixCheck();
        List<DynamicTest> tests = new ArrayList<>();
        for (Input in : inputs()) {
            if (in.context() != null || !check.check(in.name(), in.file(), null).changed()) {
                continue;
            }
            String text = Files.readString(in.file(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            for (String variant : List.of("crlf", "bom", "crlf+bom")) {
                tests.add(DynamicTest.dynamicTest(in.name() + " (" + variant + ")", () -> {
                    String body = variant.contains("crlf") ? text.replace("\n", "\r\n") : text;
                    byte[] bytes = ((variant.contains("bom") ? "\uFEFF" : "") + body).getBytes(StandardCharsets.UTF_8);
                    Path file = Files.createDirectories(tmp.resolve(variant).resolve(in.name()).getParent())
                            .resolve(in.file().getFileName().toString());
                    Files.write(file, bytes);
                    FixCheck.Result r = check.check(in.name() + " (" + variant + ")", file, null);
                    assertThat(r.changed()).as("the variant gets fixes too").isTrue();
                    assertThat(r.problems()).as(in.name() + " (" + variant + ")").isEmpty();
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThan(30);
        return tests.stream();
    }

    /**
     * FixCheck fixes through Fixer and AtomicWrite, as check --fix does; the real command line, on a CRLF
     * file with a BOM, writes the same bytes, keeps both, and a second run has nothing to fix.
     */
    @Test
    void commandLineWritesWhatFixerGives() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("cli"));
        Path file = dir.resolve("Dockerfile");
        Path context = Files.createDirectories(tmp.resolve("context"));
        Files.write(file, ("\uFEFFFROM ubuntu:24.04 as build\r\nRUN apt update\r\nRUN apt install -y curl\r\n"
                + "MAINTAINER someone\r\nADD app.tar /app/\r\n").getBytes(StandardCharsets.UTF_8));
        Fixer.Outcome expected = Fixer.fix(SourceLoader.load(file, "Dockerfile"), file,
                LintOptions.defaults().withContext(context), Registry.rules(), true);
        Cli.Run run = Cli.run("check", "--fix", "--unsafe-fixes", "--context", context.toString(), file.toString());
        assertThat(run.err()).contains("fixed ");
        String fixed = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertThat(fixed).isEqualTo("\uFEFF" + expected.dockerfile()).startsWith("\uFEFFFROM ubuntu:24.04 AS build\r\n")
                .doesNotContain("apt ").doesNotContain("MAINTAINER").doesNotContainPattern("[^\r]\n");
        assertThat(Cli.run("check", "--diff", "--unsafe-fixes", "--context", context.toString(), file.toString())
                .err()).contains("nothing to fix");
    }
}
