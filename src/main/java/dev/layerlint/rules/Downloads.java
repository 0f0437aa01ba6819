package dev.layerlint.rules;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The downloads of a file's RUN scripts ({@code curl}, {@code wget}), read
 * once per file from the shell reader: each one's URLs, where its body goes
 * (a file, stdout into a pipe), whether it fails on an HTTP error, and
 * whether its script (or a later RUN of its stage) verifies what it
 * downloaded (a checksum or signature check). The facts the download rules
 * share.
 */
public final class Downloads {
    private static final Object KEY = new Object();

    /** Programs that check a checksum or a signature (with their checking flag, see {@link #verifies}). */
    private static final Set<String> CHECKSUMS = Set.of("sha256sum", "sha512sum", "sha1sum", "shasum", "md5sum",
            "b2sum", "sha384sum", "sha224sum", "cksum");
    private static final Set<String> SIGNATURES = Set.of("gpg", "gpgv", "gpg2", "cosign", "minisign", "signify");
    /** curl flags that take a separate value (so the value is not read as a URL). */
    private static final Set<String> CURL_VALUED = Set.of("-o", "--output", "-H", "--header", "-x", "--proxy", "-e",
            "--referer", "-u", "--user", "-d", "--data", "--data-binary", "--data-raw", "--data-urlencode", "-F",
            "--form", "-A", "--user-agent", "-w", "--write-out", "-X", "--request", "--retry", "--retry-delay",
            "--retry-max-time", "-m", "--max-time", "--connect-timeout", "-C", "--continue-at", "--cacert", "-E",
            "--cert", "--key", "-b", "--cookie", "-c", "--cookie-jar", "-T", "--upload-file", "--output-dir",
            "-r", "--range", "--resolve", "--limit-rate", "-K", "--config", "--proto", "--proto-redir", "-z",
            "--time-cond", "--interface", "--dns-servers", "--tlsv1.2");
    private static final Set<String> WGET_VALUED = Set.of("-O", "--output-document", "-P", "--directory-prefix",
            "-o", "--output-file", "-a", "--append-output", "-t", "--tries", "-T", "--timeout", "-U", "--user-agent",
            "--header", "-e", "--execute", "--user", "--password", "--http-user", "--http-password", "-i",
            "--input-file", "--referer", "--ca-certificate", "--certificate", "-w", "--wait", "-Q", "--quota",
            "--post-data", "--load-cookies", "--save-cookies", "-l", "--level", "-A", "--accept", "-R", "--reject",
            "--progress");

    /**
     * One download. {@code output} is the file its body is written to (a
     * path as written, {@code -} for stdout) and {@code index} the
     * command's place in its script.
     */
    public record Download(Scripts.RunScript in, ShellCommand command, int index, List<ShellWord> urls,
                           String output, boolean failsOnHttpError, boolean verified) {
        public String tool() {
            return command.program();
        }

        /** Whether the body goes to stdout. */
        public boolean toStdout() {
            return output.equals("-");
        }

        /** The command after this one, joined by a pipe, or null. */
        public ShellCommand pipedInto() {
            List<ShellCommand> cs = in.script().commands();
            return index + 1 < cs.size() && cs.get(index + 1).connector().equals("|") ? cs.get(index + 1) : null;
        }

    }

    private Downloads() {
    }

    /** Every curl and wget command of the file's RUN scripts that fetches a URL, in source order. */
    public static List<Download> of(RuleContext ctx) {
        return ctx.memo(KEY, () -> {
            List<Download> out = new ArrayList<>();
            List<Scripts.RunScript> scripts = Scripts.of(ctx);
            for (int n = 0; n < scripts.size(); n++) {
                Scripts.RunScript r = scripts.get(n);
                List<ShellCommand> cs = r.script().commands();
                Boolean verified = null;
                for (int k = 0; k < cs.size(); k++) {
                    ShellCommand c = cs.get(k);
                    if (!c.isProgram("curl", "wget")) {
                        continue;
                    }
                    if (verified == null) {
                        verified = verifiedFrom(scripts, n);
                    }
                    Download d = c.isProgram("curl") ? curl(r, c, k, verified) : wget(r, c, k, verified);
                    if (!d.urls().isEmpty()) {
                        out.add(d);
                    }
                }
            }
            return out;
        });
    }

    /**
     * Whether the script at {@code n}, or a later RUN of the same stage (a
     * checksum checked in the next step), checks a checksum or a signature.
     */
    private static boolean verifiedFrom(List<Scripts.RunScript> scripts, int n) {
        for (int m = n; m < scripts.size() && scripts.get(m).stage() == scripts.get(n).stage(); m++) {
            for (ShellCommand c : scripts.get(m).script().commands()) {
                if (verifies(c)) {
                    return true;
                }
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
        if (CHECKSUMS.contains(c.program())) {
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
            if (CHECKSUMS.contains(program) || SIGNATURES.contains(program)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a URL the tool fetches over the network. */
    public static boolean isUrl(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://") || l.startsWith("ftp://");
    }

    private static Download curl(Scripts.RunScript r, ShellCommand c, int index, boolean verified) {
        List<ShellWord> args = c.args();
        List<ShellWord> urls = new ArrayList<>();
        String output = null;
        boolean remoteName = false;
        for (int i = 0; i < args.size(); i++) {
            ShellWord a = args.get(i);
            String v = a.value();
            if (a.isFlag()) {
                if (v.equals("-o") || v.equals("--output")) {
                    output = i + 1 < args.size() ? args.get(++i).value() : output;
                } else if (v.startsWith("--output=")) {
                    output = v.substring("--output=".length());
                } else if (v.equals("-O") || v.equals("--remote-name") || v.equals("--remote-name-all")
                        || v.equals("-J") || v.equals("--remote-header-name")) {
                    remoteName = true;
                } else if (!v.startsWith("--") && v.length() > 2) {
                    // a group of short flags: -fsSLo FILE, -sLO, -fsSLk; a value-taking letter must come last
                    char last = v.charAt(v.length() - 1);
                    if (v.indexOf('O') > 0) {
                        remoteName = true;
                    }
                    if (last == 'o' && i + 1 < args.size()) {
                        output = args.get(++i).value();
                    } else if (CURL_VALUED.contains("-" + last) && i + 1 < args.size()) {
                        i++;
                    }
                } else if (CURL_VALUED.contains(v) && i + 1 < args.size()) {
                    i++;
                }
                continue;
            }
            if (isUrl(v)) {
                urls.add(a);
            }
        }
        if (output == null) {
            output = redirected(c);
        }
        if (output == null && remoteName && !urls.isEmpty()) {
            output = basename(urls.get(0).value());
        }
        boolean fails = c.hasFlag("-f", "--fail", "--fail-with-body", "--fail-early");
        return new Download(r, c, index, urls, output == null ? "-" : output, fails, verified);
    }

    private static Download wget(Scripts.RunScript r, ShellCommand c, int index, boolean verified) {
        List<ShellWord> args = c.args();
        List<ShellWord> urls = new ArrayList<>();
        String output = null;
        String dir = null;
        for (int i = 0; i < args.size(); i++) {
            ShellWord a = args.get(i);
            String v = a.value();
            if (a.isFlag()) {
                if (v.equals("-O") || v.equals("--output-document")) {
                    output = i + 1 < args.size() ? args.get(++i).value() : output;
                } else if (v.startsWith("--output-document=")) {
                    output = v.substring("--output-document=".length());
                } else if (v.startsWith("-O") && !v.startsWith("--")) {
                    output = v.substring(2); // -O- or -O/path
                } else if (v.equals("-P") || v.equals("--directory-prefix")) {
                    dir = i + 1 < args.size() ? args.get(++i).value() : dir;
                } else if (v.startsWith("--directory-prefix=")) {
                    dir = v.substring("--directory-prefix=".length());
                } else if (!v.startsWith("--") && v.length() > 2) {
                    int o = v.indexOf('O');
                    if (o > 0) {
                        output = o + 1 < v.length() ? v.substring(o + 1)
                                : i + 1 < args.size() ? args.get(++i).value() : output;
                    } else if (WGET_VALUED.contains("-" + v.charAt(v.length() - 1)) && i + 1 < args.size()) {
                        i++;
                    }
                } else if (WGET_VALUED.contains(v) && i + 1 < args.size()) {
                    i++;
                }
                continue;
            }
            if (isUrl(v)) {
                urls.add(a);
            }
        }
        if (output == null) {
            output = redirected(c);
        }
        if (output == null && !urls.isEmpty()) {
            String name = basename(urls.get(0).value());
            output = dir == null ? name : Text.stripTrailing(dir, '/') + "/" + name;
        }
        // wget exits non-zero (8) on an HTTP error
        return new Download(r, c, index, urls, output == null ? "-" : output, true, verified);
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

    /** The last path segment of a URL, without query or fragment. */
    public static String basename(String url) {
        String u = url;
        for (int i = 0; i < u.length(); i++) {
            if (u.charAt(i) == '?' || u.charAt(i) == '#') {
                u = u.substring(0, i);
                break;
            }
        }
        u = Text.stripTrailing(u, '/');
        return u.substring(u.lastIndexOf('/') + 1);
    }
}
