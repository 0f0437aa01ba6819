package dev.layerlint.rules.security;

import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.List;
import java.util.Locale;

/**
 * SE013: apt told not to check package signatures: a source line marked
 * {@code [trusted=yes]} (echoed into a sources list, or given to
 * add-apt-repository) for a remote repository, or {@code apt-get
 * --allow-unauthenticated} / {@code --allow-insecure-repositories} (and
 * their {@code -o APT::...=true} forms). A local {@code file:} repository
 * built in the same RUN is left alone: nothing is downloaded.
 */
public final class AptSourceUnverified extends BaseRule {
    public AptSourceUnverified() {
        super(new RuleInfo("SE013", "apt-source-unverified",
                "apt installs packages whose signatures it is told not to check ([trusted=yes], --allow-unauthenticated)",
                Severity.WARNING, List.of()).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Scripts.At at : Scripts.commands(ctx)) {
            ShellCommand c = at.command();
            if (c.isProgram("apt-get", "apt")) {
                for (ShellWord a : c.args()) {
                    String v = a.value();
                    String l = v.toLowerCase(Locale.ROOT);
                    if (v.equals("--allow-unauthenticated") || v.equals("--allow-insecure-repositories")
                            || l.contains("allowunauthenticated=true") || l.contains("allowinsecurerepositories=true")
                            || l.contains("allowunauthenticated=1") || l.contains("allowinsecurerepositories=1")) {
                        ctx.report(at.in().span(a), "`" + c.program() + " " + v + "` lets apt install packages whose"
                                + " signatures it cannot check: anyone between the build and the mirror can serve"
                                + " their own; import the repository's key (signed-by=) instead");
                    }
                }
                continue;
            }
            for (ShellWord a : c.args()) {
                String line = a.value();
                int open = line.indexOf('[');
                int close = open < 0 ? -1 : line.indexOf(']', open);
                if (close < 0 || !line.startsWith("deb") || !trusted(line.substring(open + 1, close))) {
                    continue;
                }
                String uri = line.substring(close + 1).strip();
                if (uri.startsWith("file:") || uri.startsWith("copy:") || uri.startsWith("/")) {
                    continue;
                }
                ctx.report(at.in().span(a), "an apt source marked [trusted=yes]: apt installs whatever "
                        + firstWord(uri) + " serves without checking a signature, so anyone between the build and the"
                        + " mirror can serve their own packages; use [signed-by=/path/to/key] with the repository's key");
            }
        }
    }

    private static boolean trusted(String options) {
        for (String o : options.trim().split("\\s+")) {
            if (o.equalsIgnoreCase("trusted=yes")) {
                return true;
            }
        }
        return false;
    }

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }
}
