package dev.layerlint.rules.security;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Downloads;
import dev.layerlint.rules.Text;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.List;
import java.util.Set;

/**
 * SE011: a downloaded file that the build runs or installs with no checksum
 * or signature check: written straight into a PATH directory, made
 * executable, moved into one, run ({@code sh FILE}, {@code ./FILE}), or
 * installed as a package ({@code dpkg -i}, {@code rpm -i},
 * {@code apt-get install ./FILE}). Piping into a shell is SE007's.
 */
public final class DownloadRunUnverified extends BaseRule {
    private static final List<String> PATH_DIRS = List.of("/usr/local/bin/", "/usr/local/sbin/", "/usr/bin/",
            "/usr/sbin/", "/bin/", "/sbin/");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "zsh", "dash", "ash", "ksh", "python", "python3",
            "perl", "ruby", "node");

    public DownloadRunUnverified() {
        super(new RuleInfo("SE011", "download-run-unverified",
                "A downloaded program or package is run or installed with no checksum or signature check",
                Severity.WARNING, List.of()).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Downloads.Download d : Downloads.of(ctx)) {
            if (!d.isCurlOrWget() || d.verifiedInStage() || d.toStdout() || d.output().equals("/dev/null")) {
                continue;
            }
            String file = d.output();
            String how = inPathDir(file) ? "writes it straight into " + file.substring(0, file.lastIndexOf('/') + 1)
                    : null;
            List<ShellCommand> cs = d.in().script().commands();
            for (int k = d.index() + 1; k < cs.size() && how == null; k++) {
                how = use(cs.get(k), file);
            }
            if (how != null) {
                ctx.report(d.span(), d.tool() + " downloads " + d.shown()
                        + " and the RUN " + how + " with no checksum or signature check: whatever the server (or"
                        + " anyone between) sends runs in the image; check its sha256 (echo \"SUM  " + file
                        + "\" | sha256sum -c -) before using it");
            }
        }
    }

    private static boolean inPathDir(String file) {
        for (String dir : PATH_DIRS) {
            if (file.startsWith(dir) && file.indexOf('/', dir.length()) < 0 && file.length() > dir.length()) {
                return true;
            }
        }
        return false;
    }

    /** How a later command runs or installs the file, or null. */
    private static String use(ShellCommand c, String file) {
        List<ShellWord> words = c.effectiveWords();
        if (words.isEmpty()) {
            return null;
        }
        if (same(words.get(0).value(), file)) {
            return "runs it";
        }
        String p = c.program();
        List<ShellWord> args = c.args();
        boolean named = args.stream().anyMatch(a -> same(a.value(), file));
        if (!named) {
            return null;
        }
        if (SHELLS.contains(p) && !args.isEmpty() && same(c.positionals().isEmpty() ? "" : c.positionals().get(0)
                .value(), file)) {
            return "runs it with " + p;
        }
        if (p.equals("dpkg") && c.hasFlag("-i", "--install")) {
            return "installs it (dpkg -i)";
        }
        if (p.equals("rpm") && c.hasFlag("-i", "-U", "--install", "--upgrade")) {
            return "installs it (rpm)";
        }
        if ((p.equals("apt-get") || p.equals("apt") || p.equals("yum") || p.equals("dnf") || p.equals("zypper"))
                && (c.subcommand().equals("install") || c.subcommand().equals("localinstall"))) {
            return "installs it (" + p + " " + c.subcommand() + ")";
        }
        if (p.equals("chmod") && args.stream().anyMatch(a -> a.value().contains("+x") || executableMode(a.value()))) {
            return "makes it executable";
        }
        if ((p.equals("mv") || p.equals("install") || p.equals("cp")) && !c.positionals().isEmpty()
                && PATH_DIRS.stream().anyMatch(dir -> {
                    String to = c.positionals().get(c.positionals().size() - 1).value();
                    return (to + "/").startsWith(dir) || to.startsWith(dir);
                })) {
            return "moves it into " + c.positionals().get(c.positionals().size() - 1).value();
        }
        return null;
    }

    /** An octal mode with the owner's execute bit ({@code 755}, {@code 0700}). */
    private static boolean executableMode(String mode) {
        if (!Text.isDigits(mode) || mode.length() < 3 || mode.length() > 4 || Text.containsAny(mode, "89")) {
            return false;
        }
        return ((mode.charAt(mode.length() - 3) - '0') & 1) == 1;
    }

    /** Whether a word names the downloaded file ({@code ./x}, {@code x}, or its full path). */
    private static boolean same(String word, String file) {
        String w = word.startsWith("./") ? word.substring(2) : word;
        String f = file.startsWith("./") ? file.substring(2) : file;
        return !w.isEmpty() && w.equals(f);
    }
}
