package dev.layerlint.rules.security;

import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.ast.Label;
import dev.layerlint.ast.Word;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Stages;
import dev.layerlint.rules.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SE006: a literal secret in an ARG default, ENV or LABEL value: a token in
 * a known format (AWS, GitHub, GitLab, Slack, Stripe, Google, npm, PyPI, a
 * private key, a JWT, a password in a URL), or a high-entropy value under a
 * secret-like name. The value is never printed: messages name the kind,
 * and reporters mask it in the source line.
 */
public final class SecretValueInDefault extends BaseRule {
    private static final Map<String, Pattern> FORMATS = new LinkedHashMap<>();
    /** A literal every match of the format contains. */
    private static final Map<String, String> HINTS = Map.ofEntries(Map.entry("an AWS access key", "A"),
            Map.entry("a GitHub token", "_"), Map.entry("a GitLab token", "glpat-"), Map.entry("a Slack token", "xox"),
            Map.entry("a Stripe key", "_live_"), Map.entry("a Google API key", "AIza"), Map.entry("an npm token", "npm_"),
            Map.entry("a PyPI token", "pypi-"), Map.entry("a private key", "PRIVATE KEY"),
            Map.entry("a JSON Web Token", "eyJ"), Map.entry("a password in a URL", "@"));

    static {
        FORMATS.put("an AWS access key", Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"));
        FORMATS.put("a GitHub token", Pattern.compile("\\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})"));
        FORMATS.put("a GitLab token", Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}"));
        FORMATS.put("a Slack token", Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{10,}"));
        FORMATS.put("a Stripe key", Pattern.compile("\\b[sr]k_live_[A-Za-z0-9]{16,}"));
        FORMATS.put("a Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}"));
        FORMATS.put("an npm token", Pattern.compile("\\bnpm_[A-Za-z0-9]{36}\\b"));
        FORMATS.put("a PyPI token", Pattern.compile("\\bpypi-AgE[A-Za-z0-9_-]{40,}"));
        FORMATS.put("a private key", Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY"));
        FORMATS.put("a JSON Web Token", Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}"));
        FORMATS.put("a password in a URL", Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@$]+:[^/\\s@$]{3,}@"));
    }

    public SecretValueInDefault() {
        super(new RuleInfo("SE006", "secret-value-in-default", "A literal secret is written in an ARG, ENV or LABEL",
                Severity.ERROR, List.of()).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction outer : ctx.file().instructions()) {
            Instruction i = Stages.unwrap(outer);
            if (i instanceof Arg arg) {
                for (ArgDeclaration d : arg.declarations()) {
                    check(ctx, "ARG", d.name().text(), d.defaultValue());
                }
            } else if (i instanceof Env env) {
                env.pairs().forEach(kv -> check(ctx, "ENV", kv.key().text(), kv.value()));
            } else if (i instanceof Label label) {
                label.pairs().forEach(kv -> check(ctx, "LABEL", kv.key().text(), kv.value()));
            }
        }
    }

    private static void check(RuleContext ctx, String kind, String name, Word value) {
        if (value == null) {
            return;
        }
        String v = value.text();
        String what = null;
        for (Map.Entry<String, Pattern> f : FORMATS.entrySet()) {
            if (!v.contains(HINTS.get(f.getKey()))) {
                continue; // each format has a fixed part; without it the regex cannot match
            }
            if (f.getValue().matcher(v).find()) {
                what = f.getKey();
                break;
            }
        }
        if (what == null && SecretNames.isSecret(name) && looksRandom(unquote(v))) {
            what = "a secret (a random-looking value under a secret name)";
        }
        if (what != null) {
            ctx.reportRedacted(value.span(), kind + " " + name + " holds " + what + " in plain text: it is stored in"
                    + " the image (and the Dockerfile's history) for anyone to read; revoke it, and pass it with"
                    + " RUN --mount=type=secret instead", List.of(value.span()));
        }
    }

    private static String unquote(String v) {
        return v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))
                ? v.substring(1, v.length() - 1) : v;
    }

    private static boolean isHex(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return !v.isEmpty();
    }

    /** 16+ characters without spaces, variables or path separators, mixing classes, with high entropy. */
    static boolean looksRandom(String v) {
        if (v.length() < 16 || v.contains("$") || v.contains(" ") || v.contains("/") || isHex(v)) {
            return false;
        }
        int classes = (Text.containsRange(v, 'a', 'z') ? 1 : 0) + (Text.containsRange(v, 'A', 'Z') ? 1 : 0)
                + (Text.containsRange(v, '0', '9') ? 1 : 0);
        if (classes < 2) {
            return false;
        }
        int[] counts = new int[128];
        int n = 0;
        for (char c : v.toCharArray()) {
            if (c < 128) {
                counts[c]++;
                n++;
            }
        }
        double h = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = (double) c / n;
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        return h >= 3.5;
    }
}
