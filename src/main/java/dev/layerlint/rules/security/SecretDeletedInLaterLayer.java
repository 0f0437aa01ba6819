package dev.layerlint.rules.security;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Word;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SE009: a secret file put into a layer and deleted in a later one: a COPY of
 * a key or credentials file followed by a RUN that removes it, or a RUN that
 * copies a mounted secret ({@code /run/secrets/...}) into the filesystem
 * without removing it in the same RUN. Deleting in a later layer hides the
 * file but every earlier layer still holds it, for anyone who pulls the
 * image.
 */
public final class SecretDeletedInLaterLayer extends BaseRule {
    static final Pattern SECRET_FILE = Pattern.compile("(?i)(id_(rsa|dsa|ecdsa|ed25519)|.*\\.(pem|key|p12|pfx|jks|keystore)"
            + "|\\.npmrc|\\.pypirc|\\.netrc|\\.git-credentials|\\.dockercfg|credentials(\\.json)?|\\.env|"
            + "service-account.*\\.json|secrets?\\.(json|ya?ml|env))");

    public SecretDeletedInLaterLayer() {
        super(new RuleInfo("SE009", "secret-deleted-in-later-layer",
                "A secret file is added in one layer and deleted in a later one, so it stays in the image",
                Severity.ERROR, List.of()));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            List<Scripts.RunScript> runs = Scripts.of(ctx, stage);
            for (Instruction i : stage.instructions()) {
                List<Word> sources = i instanceof Copy c ? c.sources() : i instanceof Add a ? a.sources() : List.of();
                for (Word src : sources) {
                    String base = basename(src.text());
                    if (!SECRET_FILE.matcher(base).matches()) {
                        continue;
                    }
                    for (Scripts.RunScript r : runs) {
                        if (r.run().span().start() > i.span().start() && r.onbuild() == null && removes(r, base)) {
                            ctx.report(src.span(), base + " is added by this " + i.keyword().name() + " and deleted"
                                    + " on line " + r.run().span().startLine() + ", but the deletion only hides it: this"
                                    + " layer keeps the file for anyone who pulls the image; mount it for the RUN"
                                    + " that needs it (RUN --mount=type=secret,id=...,target=...)");
                            break;
                        }
                    }
                }
            }
            for (Scripts.RunScript r : runs) {
                List<ShellCommand> cs = r.script().commands();
                for (ShellCommand c : cs) {
                    if (!c.isProgram("cp", "mv", "install", "cat", "tee")) {
                        continue;
                    }
                    String copied = copiedSecret(c);
                    if (copied == null) {
                        continue;
                    }
                    String base = basename(copied);
                    boolean removedHere = false;
                    for (ShellCommand other : cs) {
                        removedHere |= other.isProgram("rm", "shred") && other.positionals().stream()
                                .anyMatch(w -> w.value().equals(copied) || basename(w.value()).equals(base));
                    }
                    if (!removedHere) {
                        ctx.report(r.span(c), "the mounted secret is copied to " + copied + " and not removed in the"
                                + " same RUN: it is written into this layer (a later rm only hides it); use the mount's"
                                + " target= to put it where the tool expects it");
                    }
                }
            }
        }
    }

    /** The destination a command copies a /run/secrets file to, or null. */
    private static String copiedSecret(ShellCommand c) {
        List<ShellWord> pos = c.positionals();
        boolean fromSecret = pos.stream().anyMatch(w -> w.value().startsWith("/run/secrets/"))
                || c.redirects().stream().anyMatch(w -> w.value().contains("/run/secrets/"));
        if (!fromSecret) {
            return null;
        }
        if (c.isProgram("cat")) {
            for (ShellWord w : c.redirects()) {
                String v = w.value();
                if (w.raw().startsWith(">", leadingDigits(w.raw())) && !v.isEmpty()
                        && !v.startsWith("/run/secrets/") && !v.startsWith("/dev/")) {
                    return v;
                }
            }
            return null;
        }
        if (c.isProgram("tee")) {
            return pos.isEmpty() ? null : pos.get(pos.size() - 1).value();
        }
        String dest = pos.size() >= 2 ? pos.get(pos.size() - 1).value() : null;
        return dest == null || dest.startsWith("/run/secrets/") || dest.startsWith("/dev/") ? null : dest;
    }

    private static boolean removes(Scripts.RunScript r, String base) {
        for (ShellCommand c : r.script().commands()) {
            if (c.isProgram("rm", "shred")) {
                for (ShellWord w : c.positionals()) {
                    if (basename(w.value()).equals(base)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static String basename(String path) {
        String p = path;
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.substring(p.lastIndexOf('/') + 1);
    }


    /** Where a redirection's operator starts: after the file descriptor digits ({@code 2>}). */
    private static int leadingDigits(String raw) {
        int i = 0;
        while (i < raw.length() && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
