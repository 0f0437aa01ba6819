package dev.layerlint.testing;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.fix.AtomicWrite;
import dev.layerlint.fix.Fix;
import dev.layerlint.fix.UnifiedDiff;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.Fixer;
import dev.layerlint.rule.LintOptions;
import dev.layerlint.rule.Linter;
import dev.layerlint.rule.Rule;
import dev.layerlint.rule.RuleSettings;
import dev.layerlint.rules.Registry;
import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.source.SourceText;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The promise of DESIGN.md section 4, checked on one file at a time: apply
 * every fix ({@code --fix --unsafe-fixes}, through {@link Fixer} and
 * {@link AtomicWrite} as {@code check} does) to a copy of the file, then
 * <ul>
 * <li>the result has no syntax error (BU000) the original did not have,</li>
 * <li>no finding whose fix was applied is still there,</li>
 * <li>a second fix changes nothing,</li>
 * <li>no finding appears that the original did not have, unless it is one of
 *     the reasoned exceptions of {@link #EXPECTED_NEW},</li>
 * <li>the byte order mark and the line endings are kept.</li>
 * </ul>
 * Findings are matched by rule and the text of their line (stripped), since
 * fixes move lines. Shared by {@code FixesHoldTest} (every Dockerfile of the
 * repository) and {@code bench/fix-corpus.sh} (the shared corpus, through
 * {@link #main}). Plain Java, no test framework: the bench runs it from the
 * jar and the test classes.
 */
public final class FixCheck {
    /** A finding's identity across a fix: its rule and the stripped text of the line it starts on. */
    public record Key(String code, String line) {
        static Key of(Finding f, SourceText source) {
            return new Key(f.rule().code(), source.line(f.span().startLine()).strip());
        }

        @Override
        public String toString() {
            return code + " on `" + line + "`";
        }
    }

    /**
     * A finding a fix may legitimately make appear: its rule, the fix (by rule) that exposes it, the line it
     * lands on, whether the original file must have had a finding of the same rule (the fix copied a line
     * that had it), and why it is right that the fixed file has it.
     */
    public record ExpectedNew(String code, String exposedBy, Pattern line, boolean alsoBefore, String reason) {
        boolean matches(Key key, List<Key> fixed, Map<Key, Integer> before) {
            return key.code().equals(code) && line.matcher(key.line()).find()
                    && fixed.stream().anyMatch(k -> k.code().equals(exposedBy))
                    && (!alsoBefore || before.keySet().stream().anyMatch(k -> k.code().equals(code)));
        }
    }

    /**
     * Findings a fix makes appear, each with the reason it is right. Keep it short: each entry is a claim
     * that the new finding was true of the original file too, only hidden from the rule or on one line.
     */
    public static final List<ExpectedNew> EXPECTED_NEW = List.of(
            new ExpectedNew("BU010", "ST004", Pattern.compile("^COPY\\b"), false, "ST004 turned ADD into COPY;"
                    + " BU010 reads COPY only (as hadolint's DL3045), and the relative destination without"
                    + " WORKDIR was there before"),
            new ExpectedNew("CA002", "ST004", Pattern.compile("^COPY\\b"), false, "ST004 turned ADD into COPY;"
                    + " CA002 names the copy's keyword in its message, and the whole context was added before the install"
                    + " before"),
            new ExpectedNew("CA008", "ST004", Pattern.compile("^RUN\\b"), true, "ST004 turned ADD into COPY;"
                    + " CA008 names the copy's keyword in its message, and the finding was there before with ADD"),
            new ExpectedNew("BU010", "CA002", Pattern.compile("^COPY\\b"), true, "CA002's manifest COPY goes to"
                    + " the broad COPY's relative destination, which had BU010 already"));

    /**
     * Rules whose fix may leave a finding of the rule on the same line: the fix does part of the job and
     * what is left needs a person. Allowed only when the finding left has no fix that --fix could apply
     * and says something else than before; each entry is a reasoned claim.
     */
    public static final Map<String, String> PARTIAL_FIXES = Map.of(
            "CA001", "moving a per-build ARG down to its first reader keeps the steps above it cached, but a"
                    + " credential that a step reads, or a step after that reader, still reruns on every build:"
                    + " only a secret mount (shown, not applied) ends that");

    /** What fixing one file did and every way it broke the promise. */
    public record Result(String name, boolean changed, List<Key> fixed, List<String> problems,
                         List<String> expectedNew) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final List<Rule> rules;
    private final RuleSettings settings;
    private final boolean populate;
    private final Variant variant;

    /** How the copy of a file is changed before it is fixed. */
    public enum Variant {
        /** As it is. */
        AS_IS,
        /** CRLF line endings and a byte order mark. */
        CRLF_BOM,
        /**
         * With slips the fixes repair, so that many fixes meet in one file: every third keyword of RUN, COPY,
         * ENV, WORKDIR, LABEL, CMD, ENTRYPOINT, EXPOSE, USER, ARG, ADD in lower case (ST018), FROM's AS as
         * {@code as} (ST016), {@code apt-get update/install} as {@code apt} (BU026), a two-word COPY from the
         * context as ADD (ST004).
         */
        SLIPS
    }

    /** The rules on by default, as {@code check} runs them, and an empty context for a file without one. */
    public FixCheck() {
        this(false, false, Variant.AS_IS);
    }

    public FixCheck(boolean allRules, boolean populate) {
        this(allRules, populate, Variant.AS_IS);
    }

    /**
     * @param allRules also the rules that are off by default (all selected by code)
     * @param populate give a file without a context one with every package manager's manifest and lock
     *                 files, a {@code .git} and a {@code node_modules} (so the context-aware fixes, CA002's
     *                 reorder and CA007's {@code .dockerignore}, have something to do), not an empty one
     * @param variant  what to change in the copy first
     */
    public FixCheck(boolean allRules, boolean populate, Variant variant) {
        this.populate = populate;
        this.variant = variant;
        this.rules = Registry.rules();
        this.settings = allRules ? new RuleSettings(rules.stream().map(r -> r.info().code()).toList(), List.of(),
                Map.of()) : RuleSettings.all();
    }

    /**
     * Fixes a copy of {@code dockerfile} in a fresh temporary folder. With a {@code context}, that whole
     * folder is copied (the Dockerfile must be inside it) and is the build context; without one, the
     * context is an empty folder. Nothing outside the temporary folder is written.
     */
    public Result check(String name, Path dockerfile, Path context) throws IOException {
        Path tmp = Files.createTempDirectory("layerlint-fixcheck");
        try {
            Path ctx;
            Path copy;
            if (context != null) {
                ctx = tmp.resolve("context");
                TestFiles.copyTree(context, ctx);
                copy = ctx.resolve(context.relativize(dockerfile).toString());
            } else {
                ctx = Files.createDirectory(tmp.resolve("context"));
                if (populate) {
                    populate(ctx);
                }
                copy = Files.createDirectory(tmp.resolve("file")).resolve(dockerfile.getFileName().toString());
                Files.copy(dockerfile, copy);
            }
            if (variant == Variant.CRLF_BOM) {
                String text = new String(Files.readAllBytes(copy), StandardCharsets.UTF_8);
                text = text.startsWith("\uFEFF") ? text.substring(1) : text;
                Files.write(copy, ("\uFEFF" + text.replace("\r\n", "\n").replace("\n", "\r\n"))
                        .getBytes(StandardCharsets.UTF_8));
            } else if (variant == Variant.SLIPS) {
                Files.write(copy, slips(new String(Files.readAllBytes(copy), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
            }
            return checkCopy(name, copy, LintOptions.defaults().withContext(ctx).withRules(settings));
        } finally {
            deleteTree(tmp);
        }
    }

    private Result checkCopy(String name, Path file, LintOptions options) throws IOException {
        List<String> problems = new ArrayList<>();
        byte[] originalBytes = Files.readAllBytes(file);
        SourceText before = load(file, name);
        List<Finding> found = Linter.lint(before, file, options, rules).findings();
        Fixer.Outcome outcome = Fixer.fix(before, file, options, rules, true);
        if (!outcome.changed(before.text())) {
            if (!outcome.fixed().isEmpty()) {
                problems.add("fixes were applied but nothing changed: " + keys(outcome));
            }
            return new Result(name, false, List.of(), problems, List.of());
        }
        // write as check --fix does: the Dockerfile with its byte order mark, other files beside it
        if (!outcome.dockerfile().equals(before.text())) {
            AtomicWrite.write(file, outcome.dockerfile(), before.hasBom());
        }
        for (Map.Entry<String, String> other : outcome.otherFiles().entrySet()) {
            AtomicWrite.write(options.context().resolve(other.getKey()), other.getValue(), false);
        }
        byte[] fixedBytes = Files.readAllBytes(file);
        SourceText after = load(file, name);
        problems.addAll(encoding(originalBytes, fixedBytes));
        List<Finding> left = Linter.lint(after, file, options, rules).findings();

        Map<Key, Integer> was = count(found, before);
        Map<Key, Integer> now = count(left, after);
        List<Key> fixed = keys(outcome);
        Map<Key, Integer> fixedCount = new HashMap<>();
        for (Key k : fixed) {
            fixedCount.merge(k, 1, Integer::sum);
        }
        List<String> expected = new ArrayList<>();
        for (Map.Entry<Key, Integer> e : fixedCount.entrySet()) {
            int allowed = Math.max(0, was.getOrDefault(e.getKey(), 0) - e.getValue());
            if (now.getOrDefault(e.getKey(), 0) <= allowed) {
                continue;
            }
            Key k = e.getKey();
            String partial = PARTIAL_FIXES.get(k.code());
            boolean residue = partial != null && left.stream().filter(f -> Key.of(f, after).equals(k)).allMatch(
                    f -> !applicable(f) && outcome.fixed().stream().noneMatch(a -> Key.of(a.finding(), a.source())
                            .equals(k) && sameFinding(a.finding()).equals(sameFinding(f))));
            if (residue) {
                expected.add(k + " stays after a partial fix (" + partial + ")");
            } else {
                problems.add("fixed but still there: " + k);
            }
        }
        // findings on a line a fix edited (a cache mount added, a keyword re-cased) keep their rule and message
        // but not their line text: pair those up before calling anything new
        List<Finding> appeared = new ArrayList<>();
        Map<Key, Integer> unpaired = new HashMap<>(now);
        for (Finding f : left) {
            Key k = Key.of(f, after);
            int budget = unpaired.getOrDefault(k, 0) - was.getOrDefault(k, 0);
            if (budget > 0) {
                appeared.add(f);
                unpaired.merge(k, -1, Integer::sum);
            }
        }
        Map<String, Integer> vanished = new HashMap<>();
        for (Finding f : found) {
            Key k = Key.of(f, before);
            if (was.get(k) > now.getOrDefault(k, 0) && !fixedCount.containsKey(k)) {
                vanished.merge(sameFinding(f), 1, Integer::sum);
            }
        }
        for (Finding f : appeared) {
            Key k = Key.of(f, after);
            if (vanished.getOrDefault(sameFinding(f), 0) > 0 && !k.code().equals("BU000")) {
                vanished.merge(sameFinding(f), -1, Integer::sum);
                continue;
            }
            String where = "line " + f.span().startLine() + ": " + f.message();
            if (k.code().equals("BU000")) {
                problems.add("new syntax error: " + k + ": " + where);
                continue;
            }
            ExpectedNew reason = EXPECTED_NEW.stream().filter(x -> x.matches(k, fixed, was)).findFirst().orElse(null);
            if (reason == null) {
                problems.add("new finding: " + k + ": " + where);
            } else {
                expected.add(k + " (" + reason.reason() + ")");
            }
        }
        Fixer.Outcome second = Fixer.fix(after, file, options, rules, true);
        if (second.changed(after.text())) {
            problems.add("a second fix changes the file (" + keys(second) + "):\n"
                    + UnifiedDiff.of(name, after.text(), second.dockerfile()) + second.otherFiles().keySet());
        }
        return new Result(name, true, fixed, problems, expected);
    }

    private static final Pattern KEYWORD = Pattern.compile(
            "^(\\s*)(RUN|COPY|ENV|WORKDIR|LABEL|CMD|ENTRYPOINT|EXPOSE|USER|ARG|ADD)\\b");
    private static final Pattern APT_GET = Pattern.compile("\\bapt-get (update|install)\\b");
    private static final Pattern FROM_AS = Pattern.compile("^(FROM .*) AS ");
    private static final Pattern LOCAL_COPY = Pattern.compile("^COPY (?!--)(\\S+ \\S+)$");

    /** {@link Variant#SLIPS}: the text with slips the fixes repair, line by line. */
    static String slips(String text) {
        String[] lines = text.split("\n", -1);
        int keywords = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            Matcher m = KEYWORD.matcher(l);
            if (m.find() && ++keywords % 3 == 0) {
                l = m.group(1) + m.group(2).toLowerCase(Locale.ROOT) + l.substring(m.end());
            }
            l = APT_GET.matcher(l).replaceAll("apt $1");
            l = FROM_AS.matcher(l).replaceFirst("$1 as ");
            lines[i] = LOCAL_COPY.matcher(l).replaceFirst("ADD $1");
        }
        return String.join("\n", lines);
    }

    /** Every ecosystem's manifests (a glob's * as "app", a folder with a file in it), .git and node_modules. */
    static void populate(Path ctx) throws IOException {
        for (Ecosystem e : Ecosystem.values()) {
            for (String m : e.manifests()) {
                String name = m.replace("*", "app");
                Path p = ctx.resolve(name.endsWith("/") ? name + "config" : name);
                Files.createDirectories(p.getParent());
                if (!Files.exists(p)) {
                    Files.writeString(p, "{}\n");
                }
            }
        }
        Files.createDirectories(ctx.resolve(".git"));
        Files.writeString(ctx.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.createDirectories(ctx.resolve("node_modules/left-pad"));
        Files.writeString(ctx.resolve("node_modules/left-pad/index.js"), "\n");
        Files.createDirectories(ctx.resolve("src"));
        Files.writeString(ctx.resolve("src/main.py"), "print('hello')\n");
    }

    private static boolean applicable(Finding f) {
        return f.fix() != null && !f.fix().edits().isEmpty() && f.fix().safety() != Fix.Safety.DISPLAY_ONLY;
    }

    private static SourceText load(Path file, String name) throws IOException {
        try {
            return SourceLoader.load(file, name);
        } catch (InputException e) {
            throw new IOException(e.describe(), e);
        }
    }

    /** The byte order mark and the line endings survive: no BOM gained or lost, no LF in a CRLF file or back. */
    static List<String> encoding(byte[] before, byte[] after) {
        List<String> problems = new ArrayList<>();
        if (hasBom(before) != hasBom(after)) {
            problems.add(hasBom(before) ? "the byte order mark was dropped" : "a byte order mark was added");
        }
        int[] b = lineEndings(before);
        int[] a = lineEndings(after);
        if (b[0] > 0 && b[1] == 0 && a[1] > 0) {
            problems.add("a CRLF file got " + a[1] + " LF line ending(s)");
        }
        if (b[1] > 0 && b[0] == 0 && a[0] > 0) {
            problems.add("an LF file got " + a[0] + " CRLF line ending(s)");
        }
        return problems;
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    /** [CRLF count, bare LF count]. */
    private static int[] lineEndings(byte[] bytes) {
        int[] n = new int[2];
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                n[i > 0 && bytes[i - 1] == '\r' ? 0 : 1]++;
            }
        }
        return n;
    }

    private static Map<Key, Integer> count(List<Finding> findings, SourceText source) {
        Map<Key, Integer> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            out.merge(Key.of(f, source), 1, Integer::sum);
        }
        return out;
    }

    private static List<Key> keys(Fixer.Outcome outcome) {
        return outcome.fixed().stream().map(a -> Key.of(a.finding(), a.source())).toList();
    }

    /**
     * Rule and message with what a fix may change in it masked: numbers (messages name lines, which a fix
     * moves), letter case (ST018, ST016 re-case keywords) and apt for apt-get (BU026 renames the command,
     * which messages quote).
     */
    private static String sameFinding(Finding f) {
        String message = DIGITS.matcher(f.message().toLowerCase(Locale.ROOT)).replaceAll("#");
        return f.rule().code() + " " + message.replace("apt-get", "apt");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Totals over many files, and the report the bench prints. */
    public static final class Summary {
        private int files;
        private int changed;
        private final Map<String, Integer> fixedByRule = new TreeMap<>();
        private final List<Result> failed = new ArrayList<>();
        private final List<String> expectedNew = new ArrayList<>();
        private final List<String> crashed = new ArrayList<>();

        public void add(Result r) {
            files++;
            if (r.changed()) {
                changed++;
            }
            for (Key k : r.fixed()) {
                fixedByRule.merge(k.code(), 1, Integer::sum);
            }
            if (!r.ok()) {
                failed.add(r);
            }
            for (String e : r.expectedNew()) {
                expectedNew.add(r.name() + ": " + e);
            }
        }

        public void crashed(String name, Exception e) {
            files++;
            crashed.add(name + ": " + e);
        }

        public int files() {
            return files;
        }

        public int changed() {
            return changed;
        }

        public List<Result> failed() {
            return failed;
        }

        public List<String> crashed() {
            return crashed;
        }

        private long count(String prefix) {
            return failed.stream().flatMap(r -> r.problems().stream()).filter(p -> p.startsWith(prefix)).count();
        }

        public void print(PrintStream out) {
            out.printf("files: %d, files with fixes: %d, findings fixed: %d%n", files, changed,
                    fixedByRule.values().stream().mapToInt(Integer::intValue).sum());
            fixedByRule.forEach((code, n) -> out.printf("  %s %d%n", code, n));
            out.printf("new syntax errors (must be 0): %d%n", count("new syntax error"));
            out.printf("fixed findings still present (must be 0): %d%n", count("fixed but still there"));
            out.printf("second-run changes (must be 0): %d%n", count("a second fix"));
            out.printf("new findings (must be 0): %d%n", count("new finding"));
            out.printf("line ending or BOM changes (must be 0): %d%n", count("a CRLF") + count("an LF")
                    + count("the byte order") + count("a byte order"));
            out.printf("crashes (must be 0): %d%n", crashed.size());
            out.printf("expected new or remaining findings (each with its reason): %d%n", expectedNew.size());
            for (String e : expectedNew) {
                out.println("  " + e);
            }
            for (Result r : failed) {
                for (String p : r.problems()) {
                    out.println(r.name() + ": " + p);
                }
            }
            for (String c : crashed) {
                out.println(c + " (crash)");
            }
        }
    }

    /**
     * {@code FixCheck [--all-rules] [--populated-context] [--crlf-bom | --slips] CORPUS_DIR}: every file of
     * the corpus's MANIFEST.tsv, each with an empty build context (or a populated one); with
     * {@code --all-rules}, the rules off by default too; with {@code --crlf-bom} or {@code --slips}, each file
     * changed as {@link Variant} says. Exit 0 when every file keeps the promise, 1 when one does not, 2 when the corpus is missing.
     */
    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args).subList(0, Math.max(0, args.length - 1));
        boolean allRules = options.contains("--all-rules");
        boolean populate = options.contains("--populated-context");
        boolean crlfBom = options.contains("--crlf-bom");
        boolean slips = options.contains("--slips");
        if (args.length == 0 || options.size() != (allRules ? 1 : 0) + (populate ? 1 : 0) + (crlfBom ? 1 : 0)
                + (slips ? 1 : 0) || crlfBom && slips || args[args.length - 1].startsWith("-")) {
            System.err.println("usage: FixCheck [--all-rules] [--populated-context] [--crlf-bom | --slips]"
                    + " CORPUS_DIR (a folder with MANIFEST.tsv)");
            System.exit(2);
        }
        Path corpus = Path.of(args[args.length - 1]);
        Path manifest = corpus.resolve("MANIFEST.tsv");
        if (!Files.isRegularFile(manifest)) {
            System.err.println("no corpus at " + corpus + " (" + manifest.getFileName() + " not found); the shared"
                    + " test data is not part of the repository");
            System.exit(2);
        }
        FixCheck check = new FixCheck(allRules, populate, crlfBom ? Variant.CRLF_BOM
                : slips ? Variant.SLIPS : Variant.AS_IS);
        Summary summary = check.checkAll(corpus, manifestFiles(manifest));
        summary.print(System.out);
        System.exit(summary.failed().isEmpty() && summary.crashed().isEmpty() ? 0 : 1);
    }

    /** Every named file of a folder, in parallel (files are independent), summed up in the order given. */
    public Summary checkAll(Path dir, List<String> names) {
        Object[] results = new Object[names.size()];
        IntStream.range(0, names.size()).parallel().forEach(i -> {
            try {
                results[i] = check(names.get(i), dir.resolve(names.get(i)), null);
            } catch (IOException | RuntimeException e) {
                results[i] = e;
            }
        });
        Summary summary = new Summary();
        for (int i = 0; i < results.length; i++) {
            if (results[i] instanceof Result r) {
                summary.add(r);
            } else {
                summary.crashed(names.get(i), (Exception) results[i]);
            }
        }
        return summary;
    }

    /** The file names of a MANIFEST.tsv (first column, header skipped). */
    public static List<String> manifestFiles(Path manifest) throws IOException {
        List<String> rows = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            if (!row.isBlank()) {
                names.add(row.substring(0, row.indexOf('\t')));
            }
        }
        return names;
    }
}
