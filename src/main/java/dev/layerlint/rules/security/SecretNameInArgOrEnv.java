package dev.layerlint.rules.security;

import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Stages;
import dev.layerlint.source.Span;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SE004: an ARG or ENV whose name says it holds a secret. ARG values are
 * stored in the image history and ENV values in the image config; both
 * leak to everyone who pulls the image. {@code RUN --mount=type=secret}
 * keeps the secret out of image and cache key.
 */
public final class SecretNameInArgOrEnv extends BaseRule {
    private static final Pattern SWITCH_OR_NUMBER = Pattern.compile("(?i)true|false|yes|no|on|off|\\d+");

    public SecretNameInArgOrEnv() {
        super(new RuleInfo("SE004", "secret-in-arg-or-env", "An ARG or ENV is named like a secret",
                Severity.WARNING, List.of("DL3064", "SecretsUsedInArgOrEnv")).withOnbuild());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction outer : ctx.file().instructions()) {
            Instruction i = Stages.unwrap(outer);
            if (i instanceof Arg arg) {
                for (ArgDeclaration d : arg.declarations()) {
                    report(ctx, "ARG", d.name().text(), d.name().span());
                }
            } else if (i instanceof Env env) {
                for (KeyValue kv : env.pairs()) {
                    String v = kv.value() == null ? "" : kv.value().text().replace("\"", "");
                    if (!SWITCH_OR_NUMBER.matcher(v).matches()) { // a switch or a number is no secret
                        report(ctx, "ENV", kv.key().text(), kv.key().span());
                    }
                }
            }
        }
    }

    private static void report(RuleContext ctx, String kind, String name, Span span) {
        if (SecretNames.isSecret(name)) {
            ctx.report(span, kind + " " + name + " looks like a secret: " + (kind.equals("ARG")
                    ? "build-arg values are recorded in the image history" : "ENV values are stored in the image config")
                    + " for anyone who pulls it; pass it with RUN --mount=type=secret,id=" + name.toLowerCase(Locale.ROOT)
                    + " instead");
        }
    }
}
