package dev.layerlint.rules;

import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.Ecosystem;
import dev.layerlint.model.Binding;
import dev.layerlint.model.Scope;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellScript;
import dev.layerlint.shell.ShellWord;
import dev.layerlint.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The downloads of a file's RUN scripts, each judged on its own: what it
 * fetches (the URL with its variables resolved through the stage's ARG/ENV
 * and the script's own assignments), where the file goes (a path, or
 * stdout and the program it is piped into), whether the URL is pinned
 * ({@link RemoteUrl}), whether a later command of the same RUN checks
 * <em>that</em> file against a fixed digest, whether the download fails on
 * an HTTP error, and whether its RUN or a later RUN of the stage checks a
 * checksum or a signature at all (of any file). Covers {@code curl},
 * {@code wget}, {@code git clone} (with the checkout that follows it), URLs
 * given to a package manager's install ({@code dnf install https://...rpm},
 * {@code pip install git+https://...}) and image pulls
 * ({@code podman pull}).
 */
public final class Downloads {
    private static final Object KEY = new Object();
    /** Programs that check a checksum (with -c, see {@link #verifies}); cksum compares by itself. */
    private static final Set<String> SUMS = Set.of("sha256sum", "sha512sum", "sha1sum", "sha384sum", "sha224sum",
            "md5sum", "shasum", "b2sum", "cksum");
    /** Programs that check a signature (with their verifying flag or subcommand, see {@link #verifies}). */
    private static final Set<String> SIGNATURES = Set.of("gpg", "gpg2", "gpgv", "cosign", "minisign", "signify");
    /** curl options that take a separate value (the value is not a URL to fetch). */
    private static final Set<String> CURL_VALUED = Set.of("-H", "--header", "-d", "--data", "--data-raw",
            "--data-binary", "--data-urlencode", "-u", "--user", "-A", "--user-agent", "-e", "--referer", "-x",
            "--proxy", "-X", "--request", "-w", "--write-out", "-T", "--upload-file", "-K", "--config", "-m",
            "--max-time", "--retry", "--retry-delay", "--retry-max-time", "--connect-timeout", "-C",
            "--continue-at", "-r", "--range", "--cacert", "--capath", "-E", "--cert", "--key", "-b", "--cookie",
            "-c", "--cookie-jar", "--proto", "--proto-redir", "-F", "--form", "--resolve", "-y", "-Y",
            "--limit-rate", "--max-redirs", "--output-dir", "--tlsv1.2", "--ciphers", "--dns-servers", "-z",
            "--time-cond", "--interface");
    /** wget options that take a separate value (-O and -P are read for the output). */
    private static final Set<String> WGET_VALUED = Set.of("-o", "--output-file", "-a", "--append-output", "-e",
            "--execute", "-t", "--tries", "-T", "--timeout", "-U", "--user-agent", "--header", "-w", "--wait",
            "--user", "--password", "--http-user", "--http-password", "-i", "--input-file", "--referer",
            "--ca-certificate", "--certificate", "--post-data", "-Q", "--quota", "--load-cookies", "--save-cookies",
            "-l", "--level", "-A", "--accept", "-R", "--reject", "--progress");
    private static final Set<String> GIT_CLONE_VALUED = Set.of("--branch", "-b", "--depth", "-c", "--config",
            "--origin", "-o", "--filter", "--reference", "-j", "--jobs", "--shallow-since", "--separate-git-dir",
            "-u", "--upload-pack", "--template");
    private static final Pattern HEX_DIGEST = Pattern.compile("[0-9a-fA-F]{32,}");

    /** What fetched it. */
    public enum Kind { FILE, CLONE, PACKAGE, IMAGE }

    /** How the downloaded file is checked in its RUN. */
    public enum Check {
        /** Nothing checks it. */
        NONE,
        /** A checksum check whose digest is written in the Dockerfile (or passed as a build argument). */
        FIXED_DIGEST,
        /** A checksum check whose digest is itself fetched from a moving URL at build time. */
        MOVING_DIGEST,
        /** A signature check: proves who built it, not which version. */
        SIGNATURE
    }

    /**
     * One download.
     *
     * @param index    the command's place in its script
     * @param word     the shell word holding the URL (or the image, the ref)
     * @param url      the URL as fetched, variables resolved where known (unknown ones kept as written)
     * @param shown    the URL as a message shows it (the resolved text, or the word as written)
     * @param output   the file written, "-" for stdout, null when not known (a clone: its directory)
     * @param consumer the program the output is piped into, or null
     * @param moving   why the URL or ref moves, or null when it is pinned
     * @param check    how its file is checked by a later command of the same RUN
     * @param failsOnHttpError whether the command fails on an HTTP error ({@code curl -f}, wget)
     * @param runVerifies      whether its RUN checks a checksum or a signature (of any file, anywhere in it)
     * @param laterRunVerifies whether a later RUN of its stage checks a checksum or a signature
     * @param posix    read as a POSIX shell script (false: a cmd or PowerShell RUN, read loosely)
     */
    public record Download(Scripts.RunScript in, ShellCommand command, int index, ShellWord word, Kind kind,
                           String url, String shown, String output, String consumer, String moving, Check check,
                           boolean failsOnHttpError, boolean runVerifies, boolean laterRunVerifies, boolean posix) {
        public Span span() {
            return in.span(word);
        }

        /** The program as read ({@code curl}, {@code wget}, {@code git}...). */
        public String tool() {
            return command.program();
        }

        /** A file fetched by curl or wget in a POSIX shell RUN. */
        public boolean isCurlOrWget() {
            return posix && kind == Kind.FILE && command.isProgram("curl", "wget");
        }

        /** Whether the body goes to stdout. */
        public boolean toStdout() {
            return "-".equals(output);
        }

        /**
         * Whether a checksum or signature check in its RUN, or in a later RUN
         * of its stage, would fail on a wrong file (not necessarily this one's).
         */
        public boolean verifiedInStage() {
            return runVerifies || laterRunVerifies;
        }

        /** Pinned by its URL or ref, or by a fixed digest: a changed file fails the build instead of going stale. */
        public boolean isPinned() {
            return moving == null || check == Check.FIXED_DIGEST;
        }
    }

    private Downloads() {
    }

    /** Every download of the file's RUN scripts (ONBUILD triggers included), in source order. */
    public static List<Download> of(RuleContext ctx) {
        return ctx.memo(KEY, () -> {
            List<Download> out = new ArrayList<>();
            List<Scripts.RunScript> scripts = Scripts.of(ctx);
            for (int n = 0; n < scripts.size(); n++) {
                Scripts.RunScript r = scripts.get(n);
                Scope scope = r.onbuild() != null ? null : ctx.model().scopeBefore(r.run());
                if (!r.script().commands().isEmpty()) {
                    out.addAll(new Reader(r, scope, false, ctx.model(), verifies(r),
                            laterVerifies(scripts, n)).read());
                } else if (r.onbuild() == null) {
                    // a stage whose SHELL is cmd or PowerShell: its words, read loosely, for downloads only
                    ShellScript words = ctx.model().script(r.run());
                    if (!words.commands().isEmpty()) {
                        Scripts.RunScript loose = new Scripts.RunScript(r.run(), null, r.stage(), words);
                        out.addAll(new Reader(loose, scope, true, ctx.model(), false, false).read());
                    }
                }
            }
            return out;
        });
    }

    /** Whether a later RUN of the script's stage (a checksum checked in the next step) checks a checksum or signature. */
    private static boolean laterVerifies(List<Scripts.RunScript> scripts, int n) {
        for (int m = n + 1; m < scripts.size() && scripts.get(m).stage() == scripts.get(n).stage(); m++) {
            if (verifies(scripts.get(m))) {
                return true;
            }
        }
        return false;
    }

    private static boolean verifies(Scripts.RunScript r) {
        for (ShellCommand c : r.script().commands()) {
            if (verifies(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a command checks a checksum ({@code sha256sum -c}), a
     * signature ({@code gpg --verify}), or computes a hash in a command
     * substitution to compare it ({@code [ "$sum" = "$(sha256sum f | ...)" ]}).
     */
    public static boolean verifies(ShellCommand c) {
        if (SUMS.contains(c.program())) {
            return c.hasFlag("-c", "--check") || c.program().equals("cksum");
        }
        if (SIGNATURES.contains(c.program())) {
            return c.program().equals("gpgv") || c.hasFlag("--verify", "--decrypt", "-d")
                    || c.subcommand().equals("verify") || c.hasFlag("-V");
        }
        for (List<ShellWord> words : List.of(c.words(), c.assignments())) {
            for (ShellWord w : words) {
                if (w.dynamic() && substitutes(w.raw())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word's command substitution runs a checksum or signature program. */
    private static boolean substitutes(String raw) {
        for (int i = raw.indexOf("$("); i >= 0; i = raw.indexOf("$(", i + 2)) {
            int p = i + 2;
            while (p < raw.length() && raw.charAt(p) == ' ') {
                p++;
            }
            int e = p;
            while (e < raw.length() && (Character.isLetterOrDigit(raw.charAt(e)) || raw.charAt(e) == '-')) {
                e++;
            }
            String program = raw.substring(p, e);
            if (SUMS.contains(program) || SIGNATURES.contains(program)) {
                return true;
            }
        }
        return false;
    }

    /** Reads one script. */
    private static final class Reader {
        private final Scripts.RunScript in;
        private final Scope scope;
        private final SemanticModel model;
        private final List<ShellCommand> commands;
        /** The script's own assignments seen so far: name to value as written (null: computed, unknown). */
        private final Map<String, String> shellVars = new HashMap<>();

        /** cmd or PowerShell: Invoke-WebRequest and functions that download count, checks are Get-FileHash. */
        private final boolean windows;
        /** PowerShell functions of the script that download ({@code Function Download-File(...)}). */
        private final Set<String> downloaders = new HashSet<>(CacheModel.WINDOWS_DOWNLOADERS);
        private final boolean runVerifies;
        private final boolean laterRunVerifies;

        Reader(Scripts.RunScript in, Scope scope, boolean windows, SemanticModel model, boolean runVerifies,
               boolean laterRunVerifies) {
            this.model = model;
            this.runVerifies = runVerifies;
            this.laterRunVerifies = laterRunVerifies;
            this.in = in;
            this.scope = scope;
            this.commands = in.script().commands();
            this.windows = windows;
            if (windows) {
                String text = in.script().text().toLowerCase(Locale.ROOT);
                if (text.contains("downloadfile") || text.contains("invoke-webrequest")) {
                    for (ShellCommand c : commands) {
                        List<ShellWord> w = c.words();
                        for (int i = 0; i + 1 < w.size(); i++) {
                            if (w.get(i).value().equalsIgnoreCase("function")) {
                                String name = w.get(i + 1).value();
                                int paren = name.indexOf('(');
                                downloaders.add((paren < 0 ? name : name.substring(0, paren)).toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                }
            }
        }

        List<Download> read() {
            List<Download> found = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                ShellCommand c = commands.get(i);
                for (ShellWord a : c.assignments()) {
                    assign(a.raw(), a.value());
                }
                if (c.isProgram("export", "local", "declare", "readonly")) {
                    for (ShellWord a : c.args()) {
                        if (a.value().indexOf('=') > 0) {
                            assign(a.raw(), a.value());
                        }
                    }
                }
                if (windows) {
                    if (c.words().size() > 2 && c.words().get(0).value().startsWith("$")
                            && c.words().get(1).value().equals("=")) {
                        shellVars.put(c.words().get(0).value().substring(1).toLowerCase(Locale.ROOT),
                                c.words().get(2).value());
                    }
                    if (c.isProgram("curl")) {
                        curl(c, i, found);
                    } else if (downloaders.contains(c.program())) {
                        windowsDownload(c, i, found);
                    }
                    continue;
                }
                if (c.isProgram("curl")) {
                    curl(c, i, found);
                } else if (c.isProgram("wget")) {
                    wget(c, i, found);
                } else if (c.isProgram("git") && c.subcommand("-C", "-c").equals("clone")) {
                    clone(c, i, found);
                } else if (c.isProgram("docker", "podman") && (c.subcommand("--root", "--arch", "--platform")
                        .equals("pull") || c.subcommand().equals("image") && c.positionals().size() > 1
                        && c.positionals().get(1).value().equals("pull"))) {
                    pull(c, i, found);
                } else if (Ecosystem.installing(c) != null) {
                    packageUrls(c, i, found);
                }
            }
            return found;
        }

        private void assign(String raw, String value) {
            int eq = value.indexOf('=');
            String name = value.substring(0, eq);
            String v = value.substring(eq + 1);
            boolean computed = raw.contains("$(") || raw.contains("`");
            shellVars.put(name, computed ? computedValue(v) : v);
        }

        /** A value computed at build time: "latest" when it asks a moving URL (a release API), else unknown. */
        private static String computedValue(String v) {
            return v.contains("://") && RemoteUrl.moving(firstUrl(v)) != null && v.toLowerCase(Locale.ROOT)
                    .contains("latest") ? "latest" : null;
        }

        private static String firstUrl(String text) {
            int at = text.indexOf("://");
            int start = at;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            int end = at;
            while (end < text.length() && " \t\"')|;`".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            return text.substring(start, end);
        }

        private void curl(ShellCommand c, int index, List<Download> found) {
            List<ShellWord> args = c.args();
            String output = null;
            boolean remoteName = false;
            List<ShellWord> urls = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                ShellWord a = args.get(i);
                String v = a.value();
                if (a.isFlag() && !v.startsWith("--") && v.length() > 2 && isLetters(v.substring(1))) {
                    // a group of short flags: -fsSLo FILE, -sLO, -sSLH HEADER; a value-taking letter comes last
                    remoteName |= v.indexOf('O') > 0;
                    char last = v.charAt(v.length() - 1);
                    if (last == 'o' && i + 1 < args.size()) {
                        output = args.get(++i).value(); // -fsSLo file
                    } else if (CURL_VALUED.contains("-" + last) && i + 1 < args.size()) {
                        i++;
                    }
                    continue;
                }
                if (v.equals("-o") || v.equals("--output")) {
                    output = i + 1 < args.size() ? args.get(++i).value() : null;
                } else if (v.startsWith("--output=")) {
                    output = v.substring(9);
                } else if (v.equals("-O") || v.equals("--remote-name") || v.equals("--remote-name-all")
                        || v.equals("-J") || v.equals("--remote-header-name")) {
                    remoteName = true;
                } else if (a.isFlag() && CURL_VALUED.contains(v)) {
                    i++;
                } else if (!a.isFlag()) {
                    urls.add(a);
                }
            }
            if (output == null) {
                output = redirected(c);
            }
            boolean fails = c.hasFlag("-f", "--fail", "--fail-with-body", "--fail-early");
            for (ShellWord w : urls) {
                String url = resolve(w.value(), 0);
                if (RemoteUrl.isUrl(url)) {
                    String out = output != null ? output : remoteName ? fileName(w, url) : "-";
                    found.add(file(c, index, w, url, out, fails));
                }
            }
        }

        /** Invoke-WebRequest [-Uri] URL -OutFile FILE, or a download function called with URL and FILE. */
        private void windowsDownload(ShellCommand c, int index, List<Download> found) {
            String output = null;
            List<ShellWord> args = c.args();
            List<ShellWord> positionals = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String v = args.get(i).value();
                if ((v.equalsIgnoreCase("-OutFile") || v.equalsIgnoreCase("-Destination")) && i + 1 < args.size()) {
                    output = args.get(++i).value();
                } else if ((v.equalsIgnoreCase("-Uri") || v.equalsIgnoreCase("-Source")) && i + 1 < args.size()) {
                    positionals.add(args.get(++i));
                } else if (v.startsWith("-") && !args.get(i).quoted()) {
                    if (i + 1 < args.size() && !args.get(i + 1).value().startsWith("-")
                            && !RemoteUrl.isUrl(args.get(i + 1).value())) {
                        i++; // -Method Get, -UseBasicParsing is a switch but a harmless skip of a non-URL
                    }
                } else {
                    positionals.add(args.get(i));
                }
            }
            for (int k = 0; k < positionals.size(); k++) {
                ShellWord w = positionals.get(k);
                String url = resolve(w.value(), 0);
                if (RemoteUrl.isUrl(url)) {
                    String out = output != null ? output : k + 1 < positionals.size() ? positionals.get(k + 1).value()
                            : RemoteUrl.fileName(url);
                    found.add(file(c, index, w, url, out, true)); // Invoke-WebRequest throws on an HTTP error
                    return;
                }
            }
        }

        private void wget(ShellCommand c, int index, List<Download> found) {
            List<ShellWord> args = c.args();
            String output = null;
            String dir = null;
            List<ShellWord> urls = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                ShellWord a = args.get(i);
                String v = a.value();
                if (a.isFlag() && !v.startsWith("--") && v.indexOf('O') > 0) {
                    String rest = v.substring(v.indexOf('O') + 1); // -O- or -O/path, -qO FILE
                    output = !rest.isEmpty() ? rest : i + 1 < args.size() ? args.get(++i).value() : null;
                } else if (v.startsWith("--output-document=")) {
                    output = v.substring(18);
                } else if (v.equals("--output-document")) {
                    output = i + 1 < args.size() ? args.get(++i).value() : null;
                } else if (v.equals("-P") || v.equals("--directory-prefix")) {
                    dir = i + 1 < args.size() ? args.get(++i).value() : dir;
                } else if (v.startsWith("--directory-prefix=")) {
                    dir = v.substring("--directory-prefix=".length());
                } else if (a.isFlag() && !v.startsWith("--") && v.length() > 2 && isLetters(v.substring(1))) {
                    if (WGET_VALUED.contains("-" + v.charAt(v.length() - 1)) && i + 1 < args.size()) {
                        i++; // -qT 30
                    }
                } else if (a.isFlag() && WGET_VALUED.contains(v)) {
                    i++;
                } else if (!a.isFlag()) {
                    urls.add(a);
                }
            }
            if (output == null) {
                output = redirected(c);
            }
            for (ShellWord w : urls) {
                String url = resolve(w.value(), 0);
                if (RemoteUrl.isUrl(url)) {
                    String name = fileName(w, url);
                    String out = output != null ? output : dir == null ? name : stripSlashes(dir) + "/" + name;
                    // wget exits non-zero (8) on an HTTP error
                    found.add(file(c, index, w, url, out, true));
                }
            }
        }

        /**
         * The name a file fetched from a URL is saved under: from the URL as written when it is one
         * ({@code tool_${VERSION}.deb}, as the script's later commands name it), else from the URL resolved.
         */
        private static String fileName(ShellWord w, String url) {
            return RemoteUrl.fileName(RemoteUrl.isUrl(w.value()) ? w.value() : url);
        }

        private Download file(ShellCommand c, int index, ShellWord w, String url, String output, boolean fails) {
            String consumer = null;
            if (output.equals("-") && index + 1 < commands.size()
                    && commands.get(index + 1).connector().equals("|")) {
                consumer = commands.get(index + 1).program();
            }
            String moving = RemoteUrl.isThisMachine(url) || RemoteUrl.isKeyOrSignature(url) ? null
                    : RemoteUrl.moving(url);
            Check check = output.equals("-") ? Check.NONE : check(index, baseName(output));
            return new Download(in, c, index, w, Kind.FILE, url, shown(url, w), output, consumer, moving, check,
                    fails, runVerifies, laterRunVerifies, !windows);
        }

        private void clone(ShellCommand c, int index, List<Download> found) {
            List<ShellWord> pos = c.positionals(GIT_CLONE_VALUED.toArray(String[]::new));
            int at = pos.isEmpty() ? -1 : pos.get(0).value().equals("clone") ? 1 : 2; // git -C dir clone
            if (at < 0 || at >= pos.size()) {
                return;
            }
            ShellWord repo = pos.get(at);
            String branch = c.flagValue("--branch", "-b");
            String ref = branch == null ? null : resolve(branch, 0);
            String how = branch == null ? "its default branch" : "branch " + (ref.indexOf(RemoteUrl.PIN) < 0
                    && ref.indexOf(RemoteUrl.ARCH) < 0 ? ref : branch);
            // the checkout that follows, before the next clone
            for (int j = index + 1; j < commands.size(); j++) {
                ShellCommand o = commands.get(j);
                if (!o.isProgram("git")) {
                    continue;
                }
                String sub = o.subcommand("-C", "-c");
                if (sub.equals("clone")) {
                    break;
                }
                if (sub.equals("checkout") || sub.equals("reset") || sub.equals("switch")) {
                    List<ShellWord> p = o.positionals("-C", "-c", "-b", "-B");
                    int refAt = p.size() > 1 && (p.get(0).value().equals("checkout") || p.get(0).value()
                            .equals("reset") || p.get(0).value().equals("switch")) ? 1 : 2;
                    if (refAt < p.size() && !p.get(refAt).value().equals("--")) {
                        ref = resolve(p.get(refAt).value(), 0);
                        how = "checked out at " + (ref.indexOf(RemoteUrl.PIN) < 0 && ref.indexOf(RemoteUrl.ARCH) < 0
                                ? ref : p.get(refAt).value());
                        branch = p.get(refAt).value();
                    }
                }
            }
            String moving = RemoteUrl.isPinnedRef(ref) ? null
                    : branch == null ? "its default branch" : how.startsWith("branch") ? how : how + ", a branch";
            String url = resolve(repo.value(), 0);
            found.add(new Download(in, c, index, repo, Kind.CLONE, url, shown(url, repo),
                    pos.size() > at + 1 ? pos.get(at + 1).value() : null, null, moving, Check.NONE, true,
                    runVerifies, laterRunVerifies, !windows));
        }

        private void pull(ShellCommand c, int index, List<Download> found) {
            List<ShellWord> pos = c.positionals("--root", "--arch", "--platform", "--authfile", "--creds");
            if (pos.isEmpty()) {
                return;
            }
            ShellWord image = pos.get(pos.size() - 1);
            String ref = resolve(image.value(), 0);
            if (ref.indexOf(RemoteUrl.PIN) >= 0 && ref.indexOf(':', ref.lastIndexOf('/') + 1) < 0
                    || ref.contains("@sha256:")) {
                return; // an image named by a variable, or by digest
            }
            int colon = ref.indexOf(':', ref.lastIndexOf('/') + 1);
            String tag = colon < 0 ? "" : ref.substring(colon + 1);
            String moving = tag.isEmpty() ? "no tag: latest" : RemoteUrl.isPinnedRef(tag) ? null
                    : "tag " + tag + " moves";
            found.add(new Download(in, c, index, image, Kind.IMAGE, ref, shown(ref, image), null, null, moving,
                    Check.NONE, true, runVerifies, laterRunVerifies, !windows));
        }

        private void packageUrls(ShellCommand c, int index, List<Download> found) {
            String program = Ecosystem.programOf(c);
            for (ShellWord w : Packages.positionals(c.args(), Ecosystem.valuedFlags(program))) {
                String v = resolve(w.value(), 0);
                int vcs = v.indexOf('+');
                if (vcs > 0 && vcs < v.indexOf("://") && v.startsWith("git+")) {
                    // pip install git+https://host/repo.git@ref
                    String url = v.substring(vcs + 1);
                    String path = RemoteUrl.stripQuery(url.substring(url.indexOf("://") + 3));
                    int ref = path.lastIndexOf('@');
                    String moving = ref < 0 ? "its default branch"
                            : RemoteUrl.isPinnedRef(path.substring(ref + 1)) ? null
                            : "branch " + path.substring(ref + 1);
                    found.add(new Download(in, c, index, w, Kind.PACKAGE, v, shown(v, w), null, null, moving,
                            Check.NONE, true, runVerifies, laterRunVerifies, !windows));
                } else if (RemoteUrl.isUrl(v) && !RemoteUrl.isKeyOrSignature(v)) {
                    found.add(new Download(in, c, index, w, Kind.PACKAGE, v, shown(v, w), null, null,
                            RemoteUrl.moving(v), Check.NONE, true, runVerifies, laterRunVerifies, !windows));
                }
            }
        }

        /**
         * How a later command of the script checks the file: {@code sha256sum -c} fed with a digest (from an
         * {@code echo}, a checksum file, a {@code grep} of a checksum list) that names the file.
         */
        private Check check(int index, String name) {
            if (windows) {
                for (int j = index + 1; j < commands.size(); j++) {
                    ShellCommand c = commands.get(j);
                    String text = c.toString().toLowerCase(Locale.ROOT);
                    if ((text.contains("get-filehash") || text.contains("certutil")) && (mentions(c.words(), name)
                            || text.contains("$"))) {
                        return Check.FIXED_DIGEST;
                    }
                }
                return Check.NONE;
            }
            Check best = Check.NONE;
            for (int j = index + 1; j < commands.size(); j++) {
                ShellCommand c = commands.get(j);
                if (SIGNATURES.contains(c.program()) && mentions(c.args(), name)) {
                    best = best == Check.NONE ? Check.SIGNATURE : best;
                    continue;
                }
                if (!SUMS.contains(c.program()) || !c.hasFlag("-c", "--check")) {
                    continue;
                }
                List<ShellWord> sources = new ArrayList<>(c.positionals("-a", "--algorithm"));
                ShellCommand feeder = c.connector().equals("|") ? commands.get(j - 1) : null;
                if (feeder != null) {
                    sources.addAll(feeder.args());
                }
                Check check = digestOf(sources, feeder, name, index);
                if (check == Check.FIXED_DIGEST) {
                    return check;
                }
                if (check != Check.NONE) {
                    best = check;
                }
            }
            return best;
        }

        private Check digestOf(List<ShellWord> sources, ShellCommand feeder, String name, int index) {
            boolean echoed = feeder != null && feeder.isProgram("echo", "printf");
            if (echoed) {
                if (!mentions(feeder.args(), name)) {
                    return Check.NONE;
                }
                for (ShellWord w : feeder.args()) {
                    String text = resolve(w.value(), 0).strip();
                    String first = text.split("[ \t]+")[0];
                    if (HEX_DIGEST.matcher(first).find() || first.indexOf(RemoteUrl.PIN) >= 0) {
                        return Check.FIXED_DIGEST;
                    }
                }
                return Check.MOVING_DIGEST;
            }
            // a checksum file: written by a download (as good as its URL), else copied in (fixed)
            for (ShellWord w : sources) {
                String file = baseName(w.value());
                if (w.isFlag() || file.isEmpty() || file.equals("-")) {
                    continue;
                }
                for (int k = 0; k < commands.size(); k++) {
                    ShellCommand d = commands.get(k);
                    if (d.isProgram("curl", "wget") && writes(d, file)) {
                        String url = null;
                        for (ShellWord a : d.args()) {
                            String v = resolve(a.value(), 0);
                            if (RemoteUrl.isUrl(v)) {
                                url = v;
                            }
                        }
                        if (url == null) {
                            continue;
                        }
                        String stripped = stripChecksumSuffix(url);
                        return RemoteUrl.moving(stripped) == null ? Check.FIXED_DIGEST : Check.MOVING_DIGEST;
                    }
                }
                if (file.contains(name) || name.isEmpty()) {
                    return Check.FIXED_DIGEST;
                }
            }
            return Check.NONE;
        }

        private static String stripChecksumSuffix(String url) {
            String u = RemoteUrl.stripQuery(url);
            int dot = u.lastIndexOf('.');
            return dot > u.lastIndexOf('/') ? u.substring(0, dot) : u;
        }

        /** Whether a curl/wget command writes a file of this name. */
        private boolean writes(ShellCommand d, String file) {
            for (ShellWord a : d.args()) {
                String v = resolve(a.value(), 0);
                if (baseName(v).equals(file) || RemoteUrl.isUrl(v) && RemoteUrl.fileName(v).equals(file)) {
                    return true;
                }
            }
            return false;
        }

        private boolean mentions(List<ShellWord> words, String name) {
            if (name.isEmpty()) {
                return false;
            }
            for (ShellWord w : words) {
                if (w.value().contains(name) || resolve(w.value(), 0).contains(name)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A word with its variables resolved: a known value is put in (a version value as
         * {@link RemoteUrl#PIN}), an unknown one becomes {@link RemoteUrl#PIN} (or {@link RemoteUrl#ARCH}
         * when its name says architecture); {@code $(...)} is unknown too.
         */
        String resolve(String text, int depth) {
            if (text.indexOf('$') < 0 && text.indexOf('%') < 0 && text.indexOf('{') < 0 || depth > 4) {
                return text;
            }
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char ch = text.charAt(i);
                if (ch == '$' && i + 1 < text.length()) {
                    char n = text.charAt(i + 1);
                    if (n == '(' || n == '`') {
                        int close = text.indexOf(')', i);
                        String inner = close < 0 ? text.substring(i) : text.substring(i, close + 1);
                        out.append(inner.contains("arch") || inner.contains("uname") ? RemoteUrl.ARCH : RemoteUrl.PIN);
                        i = close < 0 ? text.length() : close + 1;
                        continue;
                    }
                    int start = n == '{' ? i + 2 : i + 1;
                    if (text.regionMatches(true, start, "env:", 0, 4)) {
                        start += 4; // PowerShell $env:NAME
                    }
                    int k = start;
                    while (k < text.length() && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '_')) {
                        k++;
                    }
                    if (k == start) {
                        out.append(ch);
                        i++;
                        continue;
                    }
                    int end = k;
                    if (n == '{') {
                        int close = text.indexOf('}', k);
                        end = close < 0 ? text.length() : close + 1;
                    }
                    out.append(variable(text.substring(start, k), depth));
                    i = end;
                    continue;
                }
                if (ch == '%' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                    int close = text.indexOf('%', i + 1);
                    String name = close < 0 ? "" : text.substring(i + 1, close);
                    if (!name.isEmpty() && name.chars().allMatch(x -> Character.isLetterOrDigit(x) || x == '_')) {
                        out.append(variable(name, depth));
                        i = close + 1;
                        continue;
                    }
                }
                out.append(ch);
                i++;
            }
            return out.toString();
        }

        private String variable(String name, int depth) {
            String value;
            boolean known;
            if (shellVars.containsKey(name)) {
                value = shellVars.get(name);
                known = value != null;
            } else if (windows && shellVars.containsKey(name.toLowerCase(Locale.ROOT))) {
                value = shellVars.get(name.toLowerCase(Locale.ROOT));
                known = value != null;
            } else {
                Binding b = scope == null ? null : scope.get(name);
                value = b == null ? null : rawValue(b, model, 0);
                known = value != null;
            }
            if (!known) {
                return String.valueOf(RemoteUrl.isArchitectureName(name) ? RemoteUrl.ARCH : RemoteUrl.PIN);
            }
            String v = resolve(value, depth + 1);
            if (RemoteUrl.isArchitectureName(name) || RemoteUrl.isArchitecture(v)) {
                return String.valueOf(RemoteUrl.ARCH);
            }
            return RemoteUrl.isVersionValue(v) ? String.valueOf(RemoteUrl.PIN) : v;
        }

        /** The URL for a message: as resolved when that reads better, else as written. */
        private static String shown(String url, ShellWord w) {
            return url.indexOf(RemoteUrl.PIN) >= 0 || url.indexOf(RemoteUrl.ARCH) >= 0 ? w.value() : url;
        }
    }

    /**
     * A variable's value as written when it refers to others ({@code ARG URL=https://host/${VERSION}/x}), so
     * the version variable inside still counts as a pin; else its value.
     */
    private static String rawValue(Binding b, SemanticModel model, int depth) {
        if (b.value() == null || b.value().isEmpty()) {
            return b.value();
        }
        String raw = null;
        if (b.definedAt() instanceof Arg arg) {
            for (ArgDeclaration d : arg.declarations()) {
                if (d.name().text().equals(b.name()) && d.defaultValue() != null) {
                    raw = d.defaultValue().text();
                }
            }
        } else if (b.definedAt() instanceof Env env) {
            for (KeyValue kv : env.pairs()) {
                if (kv.key().text().equals(b.name()) && kv.value() != null) {
                    raw = kv.value().text();
                }
            }
        }
        if (raw != null && Vars.referenced(raw).contains(b.name())) {
            // ENV X=${X}: what X was before (the ARG), as written there
            Scope before = model.scopeBefore(b.definedAt());
            Binding earlier = before == null ? null : before.get(b.name());
            return earlier != null && earlier != b && depth < 4 ? rawValue(earlier, model, depth + 1) : b.value();
        }
        if (raw == null || raw.indexOf('$') < 0) {
            return b.value();
        }
        if (raw.length() > 1 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'') && raw.endsWith(raw.substring(0, 1))) {
            raw = raw.substring(1, raw.length() - 1);
        }
        return raw;
    }

    /** The file stdout is redirected to ({@code > file}), or null. */
    private static String redirected(ShellCommand c) {
        for (ShellWord w : c.redirects()) {
            String raw = w.raw();
            int p = 0;
            while (p < raw.length() && Character.isDigit(raw.charAt(p))) {
                p++;
            }
            boolean stdout = p == 0 || raw.substring(0, p).equals("1");
            if (stdout && raw.startsWith(">", p) && !raw.startsWith(">&", p) && !w.value().isEmpty()) {
                return w.value();
            }
        }
        return null;
    }

    private static String stripSlashes(String path) {
        String p = path;
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static String baseName(String path) {
        String p = stripSlashes(path);
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
