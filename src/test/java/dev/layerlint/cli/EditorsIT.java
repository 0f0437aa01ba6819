package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.layerlint.testing.Shared;
import dev.layerlint.testing.TestFiles;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;


/**
 * The Vim, Neovim and Emacs set-ups of docs/integrations.md, run for real in
 * the headless editors: the snippets are taken from the doc (so it cannot
 * drift from what is tested), installed where the doc says, and the editor's
 * own error list (Vim's quickfix list, the errors Emacs's {@code next-error}
 * visits) must hold, for each finding layerlint reports in JSON for the same
 * run, its file, line, column, severity and message, and jumping to it must
 * put the cursor there. layerlint is the launcher on {@code PATH}, as the doc
 * tells users, running a copy of the built jar. Each editor is skipped with a
 * message when it is not installed, unless {@code -Dlayerlint.requireEditors=true}
 * (CI) makes that a failure.
 */
class EditorsIT {
    enum Editor {
        VIM("vim"), NEOVIM("nvim"), EMACS("emacs");

        final String program;

        Editor(String program) {
            this.program = program;
        }
    }

    /**
     * A file to open (relative to the work folder) and, for {@code buffer}
     * cases, the text that replaces it in the editor without being saved, which
     * the snippet's buffer command pipes to layerlint.
     */
    enum Case {
        FINDINGS("app/Dockerfile", false),
        SYNTAX_ERROR("broken.Dockerfile", false),
        PATH_WITH_SPACES("dir with spaces/Dockerfile", false),
        TABS_AND_A_STYLE_FINDING("tabs/Dockerfile", false),
        NON_ASCII_BEFORE_A_FINDING("non-ascii/Dockerfile", false),
        UNSAVED_BUFFER_ON_STDIN("unsaved buffer/Dockerfile", true);

        final String file;
        final boolean buffer;

        Case(String file, boolean buffer) {
            this.file = file;
            this.buffer = buffer;
        }
    }

    /** A finding as an editor lists it: where, what kind (in the editor's terms), and the text. */
    record Entry(Path file, int line, int column, String type, String text) {
    }

    /** Where jumping to an entry put the cursor. */
    record Place(Path file, int line, int column) {
    }

    /** A tab before findings on lines 3 and 4 (ST005 on the wget), and a style-level one (ST006) on line 4. */
    private static final String TABS = "FROM ubuntu:24.04\nRUN apt-get update && \\\n\tapt-get install -y curl wget"
            + " && wget https://example.com/x\nLABEL\tcom.example.Bad_Key=1\n";

    /** é is two bytes in UTF-8, € three: the finding on wget (ST005) is 3 bytes further right than in characters. */
    private static final String NON_ASCII = "FROM ubuntu:24.04\nRUN echo \"h\u00e9llo \u20ac\" && apt-get update"
            + " && apt-get install -y --no-install-recommends wget && wget https://example.com/x"
            + " && rm -rf /var/lib/apt/lists/*\n";

    @TempDir
    static Path shared;

    @TempDir
    Path work;

    /** Each editor's version line, or "" when it is missing (or, for Vim, a tiny build without scripting). */
    private static final Map<Editor, String> VERSIONS = new ConcurrentHashMap<>();

    private static Path jar;
    private static Path home;

    @BeforeAll
    static void setUp() throws IOException {
        Path project = Shared.projectDir();
        Path built = project.resolve("target/layerlint.jar");
        if (!Files.exists(built)) {
            return; // each test skips: the jar is built in the package phase
        }
        // a copy, so that the launcher's start-up archive goes to a temporary folder
        jar = Files.copy(built, Files.createDirectories(shared.resolve("jar")).resolve("layerlint.jar"));
        String doc = Files.readString(project.resolve("docs/integrations.md"));
        String vim = codeBlock(doc, "vim");
        String elisp = codeBlock(doc, "elisp");
        // where the doc says to put them; HOME is this folder while an editor runs
        home = Files.createDirectories(shared.resolve("home"));
        write(home.resolve(".vim/after/ftplugin/dockerfile.vim"), vim);
        write(home.resolve(".config/nvim/after/ftplugin/dockerfile.vim"), vim);
        write(home.resolve("vimrc"), "filetype plugin on\n");
        write(home.resolve(".emacs.d/layerlint.el"), elisp);
        write(home.resolve("drivers/quickfix.vim"), resource("quickfix.vim"));
        write(home.resolve("drivers/compilation.el"), resource("compilation.el"));
    }

    /** The one fenced block of that language in the doc. */
    private static String codeBlock(String doc, String language) {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("a ```%s block in docs/integrations.md", language).isTrue();
        String block = m.group(1);
        assertThat(m.find()).as("only one ```%s block in docs/integrations.md", language).isFalse();
        return block;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EditorsIT.class.getResourceAsStream("/editors/" + name)) {
            assertThat(in).as("test resource editors/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static Stream<Arguments> runs() {
        return Arrays.stream(Editor.values())
                .flatMap(editor -> Arrays.stream(Case.values()).map(c -> Arguments.of(editor, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("runs")
    void theEditorListsEveryFindingWhereLayerlintReportsIt(Editor editor, Case c) throws Exception {
        requireInstalled(editor);
        assumeTrue(jar != null, "the jar is built in the package phase; run mvn verify");
        Path project = Shared.projectDir();
        TestFiles.copyTree(project.resolve("testdata/cli/app"), work.resolve("app"));
        write(work.resolve("broken.Dockerfile"), Files.readString(project.resolve("testdata/cli/broken.Dockerfile")));
        write(work.resolve("dir with spaces/Dockerfile"), Files.readString(work.resolve("app/Dockerfile")));
        write(work.resolve("tabs/Dockerfile"), TABS);
        write(work.resolve("non-ascii/Dockerfile"), NON_ASCII);
        // on disk a syntax error; in the editor, unsaved, the app's Dockerfile
        write(work.resolve("unsaved buffer/Dockerfile"), Files.readString(work.resolve("broken.Dockerfile")));
        Path content = work.resolve("app/Dockerfile");

        Path file = work.resolve(c.file);
        String onDisk = Files.readString(file);
        // how each snippet calls layerlint: Vim from its working folder with the path as opened,
        // Emacs from the file's folder with its name
        Path cwd = editor == Editor.EMACS ? file.getParent() : work;
        String name = editor == Editor.EMACS ? file.getFileName().toString() : c.file;
        // (the launcher the editors find on PATH; Java looks a program up in its own PATH, hence the full path)
        List<String> args = new ArrayList<>(List.of(project.resolve("layerlint").toString(), "check", "--format",
                "json"));
        args.addAll(c.buffer ? List.of("-", "--stdin-filename", name) : List.of(name));
        Result reference = run(cwd, Map.of(), c.buffer ? content : null, args);
        assertThat(reference.exit()).as("layerlint's exit code: %s", reference.stderr()).isIn(0, 1);
        String json = reference.stdout();
        List<Entry> expected = expected(editor, cwd, json);

        assertThat(expected).as("layerlint finds something in %s", c.file).isNotEmpty();
        if (c == Case.SYNTAX_ERROR) {
            assertThat(expected).anyMatch(e -> e.text().endsWith("[BU000]"));
        }
        if (c == Case.TABS_AND_A_STYLE_FINDING) {
            assertThat(expected).as("a finding after the tab").anyMatch(e -> e.line() == 3 && e.column() > 2);
            assertThat(json).as("a style finding").contains("\"severity\": \"style\"");
        }
        String buffer = c.buffer ? Files.readString(content) : onDisk;
        if (c == Case.NON_ASCII_BEFORE_A_FINDING) {
            assertThat(expected).as("a finding after the non-ASCII text")
                    .anyMatch(e -> byteColumnLanding(buffer, e) != e.column());
        }

        JsonObject result = drive(editor, c, content);

        assertThat(result.has("exception")).as("the editor script failed: %s", result).isFalse();
        List<Entry> listed = new ArrayList<>();
        List<Place> landed = new ArrayList<>();
        for (JsonElement element : result.getAsJsonArray("entries")) {
            JsonObject e = element.getAsJsonObject();
            if (editor != Editor.EMACS) {
                assertThat(e.get("valid").getAsInt()).as("a quickfix line the errorformat did not match: %s", e)
                        .isEqualTo(1);
                assertThat(e.get("vcol").getAsInt()).as("the column is an index in the line (vcol 0), not a screen column")
                        .isZero();
            }
            listed.add(new Entry(realPath(e.get("file").getAsString()), e.get("line").getAsInt(),
                    e.get("col").getAsInt(), e.get("type").getAsString(), e.get("text").getAsString()));
            JsonObject at = e.getAsJsonObject("landed");
            landed.add(new Place(realPath(at.get("file").getAsString()), at.get("line").getAsInt(),
                    at.get("col").getAsInt()));
        }
        assertThat(listed).containsExactlyElementsOf(expected);
        // Emacs lands on the finding; Vim reads the column as a byte index, and lands that many bytes in,
        // early after non-ASCII text (as docs/integrations.md says)
        assertThat(landed).as("where jumping to each finding puts the cursor (column in characters)")
                .containsExactlyElementsOf(expected.stream().map(e -> new Place(e.file(), e.line(),
                        editor == Editor.EMACS ? e.column() : byteColumnLanding(buffer, e))).toList());
        assertThat(Files.readString(file)).as("the editor saved nothing").isEqualTo(onDisk);
    }

    /**
     * The character column Vim puts the cursor on for a finding: the
     * character holding byte {@code column - 1} of the line in UTF-8.
     */
    private static int byteColumnLanding(String text, Entry e) {
        String line = text.lines().skip(e.line() - 1).findFirst().orElse("");
        int bytes = 0;
        int chars = 0;
        while (chars < line.length()) {
            int next = bytes + line.substring(chars, chars + 1).getBytes(StandardCharsets.UTF_8).length;
            if (next > e.column() - 1) {
                break;
            }
            bytes = next;
            chars++;
        }
        return chars + 1;
    }

    /** Each finding of layerlint's JSON, as the editor should list it. */
    private static List<Entry> expected(Editor editor, Path cwd, String json) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (JsonElement f : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("files")) {
            JsonObject file = f.getAsJsonObject();
            assertThat(file.get("error").isJsonNull()).as("layerlint could read %s", file.get("path")).isTrue();
            Path path = cwd.resolve(file.get("path").getAsString()).toRealPath();
            for (JsonElement g : file.getAsJsonArray("findings")) {
                JsonObject finding = g.getAsJsonObject();
                JsonObject start = finding.getAsJsonObject("location").getAsJsonObject("start");
                entries.add(new Entry(path, start.get("line").getAsInt(), start.get("column").getAsInt(),
                        type(editor, finding.get("severity").getAsString()),
                        finding.get("message").getAsString() + " [" + finding.get("code").getAsString() + "]"));
            }
        }
        return entries;
    }

    /**
     * The severity in the editor's terms: Vim's quickfix type is the letter the
     * errorformat's %t took (e, w, i, s); Emacs has three levels, and the
     * snippet makes info and style its lowest (2 error, 1 warning, 0 info).
     */
    private static String type(Editor editor, String severity) {
        if (editor != Editor.EMACS) {
            return severity.substring(0, 1);
        }
        return switch (severity) {
            case "error" -> "2";
            case "warning" -> "1";
            case "info", "style" -> "0";
            default -> throw new AssertionError("unknown severity " + severity);
        };
    }

    /** Runs the editor's driver script on the case; its JSON result. */
    private JsonObject drive(Editor editor, Case c, Path content) throws Exception {
        Path out = work.resolve("editor-result.json");
        Map<String, String> env = Map.of("LL_FILE", c.file, "LL_MODE", c.buffer ? "buffer" : "make",
                "LL_CONTENT", content.toString(), "LL_OUT", out.toString(),
                "LL_SNIPPET", home.resolve(".emacs.d/layerlint.el").toString());
        String vimrc = home.resolve("vimrc").toString();
        String quickfix = home.resolve("drivers/quickfix.vim").toString();
        List<String> command = switch (editor) {
            case VIM -> List.of("vim", "-u", vimrc, "-i", "NONE", "-N", "-Es", "-S", quickfix);
            case NEOVIM -> List.of("nvim", "-u", vimrc, "-i", "NONE", "--headless", "-S", quickfix);
            case EMACS -> List.of("emacs", "-Q", "--batch", "-l", home.resolve("drivers/compilation.el").toString());
        };
        Result run = run(work, env, null, command);
        if (!Files.exists(out)) {
            fail(editor.program + " wrote no result (exit " + run.exit() + "):\n" + run.stdout() + run.stderr());
        }
        return JsonParser.parseString(Files.readString(out)).getAsJsonObject();
    }

    record Result(int exit, String stdout, String stderr) {
    }

    /**
     * A process in {@code dir} with HOME in the test's folder (so only the
     * doc's set-up is loaded, and nothing of the user's), the project's
     * launcher first on PATH, and the copied jar.
     */
    private Result run(Path dir, Map<String, String> env, Path stdin, List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> environment = pb.environment();
        for (String inherited : List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME",
                "VIMINIT", "EXINIT", "MYVIMRC", "VIMRUNTIME", "NVIM_APPNAME", "EMACSLOADPATH")) {
            environment.remove(inherited);
        }
        environment.put("HOME", home.toString());
        environment.put("PATH", Shared.projectDir() + File.pathSeparator + environment.getOrDefault("PATH", ""));
        environment.put("LAYERLINT_JAR", jar.toString());
        environment.putAll(env);
        Path stdout = Files.createTempFile(shared, "stdout", ".txt");
        Path stderr = Files.createTempFile(shared, "stderr", ".txt");
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Process p = pb.start();
        if (stdin == null) {
            p.getOutputStream().close(); // an editor waiting for input gets end of file
        }
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in 2 minutes:\n" + Files.readString(stderr));
        }
        return new Result(p.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    private static Path realPath(String file) throws IOException {
        assertThat(file).as("a file name").isNotEmpty();
        return Path.of(file).toRealPath();
    }

    /** Skips (or, with -Dlayerlint.requireEditors=true, fails) when the editor is not installed. */
    private static void requireInstalled(Editor editor) {
        boolean first = !VERSIONS.containsKey(editor);
        String version = VERSIONS.computeIfAbsent(editor, e -> version(e.program));
        boolean installed = !version.isEmpty();
        String missing = editor.program + " is not installed, or is a build without scripting";
        if (!installed && Boolean.getBoolean("layerlint.requireEditors")) {
            fail("layerlint.requireEditors is set but " + missing);
        }
        if (!installed && first) {
            System.err.println("SKIPPED: " + missing + " (Debian: apt-get install vim-nox neovim emacs-nox;"
                    + " .ci/run does)");
        }
        assumeTrue(installed, () -> missing);
    }

    /** The first line of {@code program --version}, or "" when it does not run. */
    private static String version(String program) {
        try {
            Process p = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "";
            }
            if (out.contains("-eval")) {
                return ""; // vim.tiny and other builds that cannot run a script
            }
            String first = out.lines().findFirst().orElse(program);
            System.err.println("EditorsIT: " + program + ": " + first);
            return first;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
