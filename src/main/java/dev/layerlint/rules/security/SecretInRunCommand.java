package dev.layerlint.rules.security;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import dev.layerlint.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SE012: a password or token typed into a RUN's command line: {@code net
 * user NAME PASS /add}, {@code x11vnc -storepasswd PASS FILE}, an
 * {@code Authorization:} header with a literal token, {@code curl -u
 * user:pass}, credentials in a URL, the password flag of a known tool
 * ({@code docker login -p}, {@code mysql -pPASS}, {@code sshpass -p},
 * {@code redis-cli -a}, {@code htpasswd -b}), {@code echo user:pass |
 * chpasswd}. Only literal values count: a variable, a command substitution
 * ({@code $(cat /run/secrets/x)}) or a placeholder ({@code <password>}) is
 * not a secret in the file.
 */
public final class SecretInRunCommand extends BaseRule {
    private static final Set<String> LOGINS = Set.of("docker", "podman", "buildah", "helm", "skopeo", "nerdctl",
            "oras", "crane");
    private static final Set<String> MYSQL = Set.of("mysql", "mysqladmin", "mysqldump", "mariadb", "mariadb-admin",
            "mysqlimport", "mysqlshow");
    private static final Set<String> TOKEN_HEADERS = Set.of("authorization", "private-token", "x-api-key",
            "x-auth-token", "proxy-authorization");
    private static final Set<String> PLACEHOLDERS = Set.of("password", "passwd", "pass", "secret", "token",
            "yourpassword", "your_password", "your-password", "mypassword", "xxx", "...", "redacted", "*");

    public SecretInRunCommand() {
        super(new RuleInfo("SE012", "secret-in-run-command",
                "A password or token is typed into a RUN command line, where the image history keeps it",
                Severity.ERROR, List.of()).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        List<Scripts.RunScript> scripts = new ArrayList<>();
        for (Scripts.RunScript r : Scripts.of(ctx)) {
            // a cmd or PowerShell stage has no POSIX script; `net user NAME PASS /add` reads the same in cmd
            scripts.add(r.script().commands().isEmpty() && r.stage().isWindows()
                    ? new Scripts.RunScript(r.run(), r.onbuild(), r.stage(), ctx.model().script(r.run())) : r);
        }
        for (Scripts.RunScript r : scripts) {
            List<ShellCommand> cs = r.script().commands();
            for (int k = 0; k < cs.size(); k++) {
                ShellCommand c = cs.get(k);
                Found f = find(c, k > 0 && c.connector().equals("|") ? cs.get(k - 1) : null);
                if (f != null && literal(f.word().value())) {
                    Span at = r.span(f.word());
                    ctx.reportRedacted(at, f.what() + " in the RUN's command line: it is stored in plain text in the"
                            + " image history (docker history shows it) and in every copy of the Dockerfile; pass it"
                            + " with RUN --mount=type=secret (or an ARG given at build time) instead",
                            List.of(at));
                }
            }
        }
    }

    private record Found(ShellWord word, String what) {
    }

    private static Found find(ShellCommand c, ShellCommand pipedFrom) {
        String p = c.program();
        List<ShellWord> args = c.args();
        List<ShellWord> pos = c.positionals();
        if (p.equals("net") && pos.size() >= 3 && pos.get(0).value().equalsIgnoreCase("user")
                && !pos.get(2).value().startsWith("/") && !pos.get(2).value().equals("*")) {
            return new Found(pos.get(2), "`net user " + pos.get(1).value() + "` sets a literal password");
        }
        if (p.equals("x11vnc")) {
            for (int i = 0; i + 2 < args.size(); i++) {
                if (args.get(i).value().equals("-storepasswd") && !args.get(i + 1).isFlag()) {
                    return new Found(args.get(i + 1), "`x11vnc -storepasswd` stores a literal VNC password");
                }
            }
        }
        if (p.equals("curl") || p.equals("wget")) {
            for (int i = 0; i < args.size(); i++) {
                String v = args.get(i).value();
                String header = v.equals("-H") || v.equals("--header") ? (i + 1 < args.size() ? args.get(i + 1).value()
                        : null) : v.startsWith("--header=") ? v.substring("--header=".length()) : null;
                ShellWord holder = v.startsWith("--header=") ? args.get(i) : i + 1 < args.size() ? args.get(i + 1) : null;
                if (header != null && holder != null) {
                    int colon = header.indexOf(':');
                    if (colon > 0 && TOKEN_HEADERS.contains(header.substring(0, colon).trim().toLowerCase(Locale.ROOT))
                            && literal(lastPart(header.substring(colon + 1)))) {
                        return new Found(holder, "`" + p + "` sends an " + header.substring(0, colon).trim()
                                + " header with a literal token");
                    }
                }
                if (p.equals("curl") && (v.equals("-u") || v.equals("--user")) && i + 1 < args.size()) {
                    String cred = args.get(i + 1).value();
                    int colon = cred.indexOf(':');
                    if (colon > 0 && literal(cred.substring(colon + 1))) {
                        return new Found(args.get(i + 1), "`curl -u` sends a literal password");
                    }
                }
                if (p.equals("wget") && (v.startsWith("--password=") || v.startsWith("--http-password=")
                        || v.startsWith("--ftp-password=")) && literal(v.substring(v.indexOf('=') + 1))) {
                    return new Found(args.get(i), "`wget " + v.substring(0, v.indexOf('=')) + "` sends a literal password");
                }
            }
        }
        for (ShellWord w : args) {
            String pass = urlPassword(w.value());
            if (pass != null && literal(pass) && !w.dynamic()) {
                return new Found(w, "`" + p + "` is given a URL with a literal password");
            }
        }
        if (LOGINS.contains(p) && c.subcommand("-u", "--username", "-p", "--password").equals("login")) {
            for (int i = 0; i < args.size(); i++) {
                String v = args.get(i).value();
                if ((v.equals("-p") || v.equals("--password")) && i + 1 < args.size()) {
                    return new Found(args.get(i + 1), "`" + p + " login` is given a literal password");
                }
                if (v.startsWith("--password=")) {
                    return withValue(args.get(i), v.substring(11), "`" + p + " login` is given a literal password");
                }
            }
        }
        if (MYSQL.contains(p)) {
            for (ShellWord a : args) {
                String v = a.value();
                if (v.startsWith("-p") && v.length() > 2 && !a.quoted()) {
                    return withValue(a, v.substring(2), "`" + p + " -p` is given a literal password");
                }
                if (v.startsWith("--password=")) {
                    return withValue(a, v.substring(11), "`" + p + " --password` is given a literal password");
                }
            }
        }
        if (p.equals("sshpass") || p.equals("redis-cli")) {
            String flag = p.equals("sshpass") ? "-p" : "-a";
            for (int i = 0; i + 1 < args.size(); i++) {
                if (args.get(i).value().equals(flag)) {
                    return new Found(args.get(i + 1), "`" + p + " " + flag + "` is given a literal password");
                }
            }
        }
        if (p.equals("htpasswd") && c.hasFlag("-b") && pos.size() >= 3) {
            return new Found(pos.get(pos.size() - 1), "`htpasswd -b` is given a literal password");
        }
        if (pipedFrom != null && (p.equals("chpasswd") || p.equals("passwd") && c.hasFlag("--stdin"))
                && pipedFrom.isProgram("echo", "printf")) {
            List<ShellWord> said = pipedFrom.positionals();
            if (!said.isEmpty()) {
                ShellWord w = said.get(said.size() - 1);
                String v = w.value();
                String pass = p.equals("chpasswd") ? (v.indexOf(':') > 0 ? v.substring(v.indexOf(':') + 1) : null) : v;
                if (pass != null && literal(pass.strip())) {
                    return new Found(w, "`" + pipedFrom.program() + " ... | " + p + "` sets a literal password");
                }
            }
        }
        return null;
    }

    private static Found withValue(ShellWord w, String value, String what) {
        return literal(value) ? new Found(w, what) : null;
    }

    /** The last space-separated part of a header value (the token after "Bearer", "token", "Basic"). */
    private static String lastPart(String v) {
        String t = v.strip();
        int space = t.lastIndexOf(' ');
        return space < 0 ? t : t.substring(space + 1);
    }

    /** The password of a URL's user info ({@code https://user:pass@host/}), or null. */
    private static String urlPassword(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return null;
        }
        int slash = url.indexOf('/', scheme + 3);
        String authority = url.substring(scheme + 3, slash < 0 ? url.length() : slash);
        int at = authority.lastIndexOf('@');
        int colon = authority.indexOf(':');
        return at > 0 && colon > 0 && colon < at ? authority.substring(colon + 1, at) : null;
    }

    /** A value written in the file: not empty, no variable or substitution, not a placeholder. */
    private static boolean literal(String v) {
        if (v == null || v.isEmpty() || v.contains("$") || v.contains("`") || v.contains("%")) {
            return false;
        }
        String l = v.toLowerCase(Locale.ROOT);
        if (l.startsWith("<") && l.endsWith(">") || l.startsWith("{") && l.endsWith("}")
                || l.startsWith("[") && l.endsWith("]") || PLACEHOLDERS.contains(l)) {
            return false;
        }
        for (int i = 1; i < l.length(); i++) {
            if (l.charAt(i) != l.charAt(0)) {
                return true;
            }
        }
        return false; // one character repeated ("xxxx", "****") is a placeholder
    }
}
