package dev.layerlint.rules.security;

import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Mount;
import dev.layerlint.ast.Run;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.source.Span;
import java.util.List;
import java.util.Locale;

/**
 * SE003: an image pulled from a registry outside {@code trusted-registries}
 * (FROM, {@code COPY --from=image}, {@code RUN --mount=from=image}).
 * Patterns: exact host, {@code *.example.com}, {@code example.*}, {@code *}.
 * Images without a host come from docker.io. Does nothing without the list.
 */
public final class UntrustedRegistry extends BaseRule {
    public UntrustedRegistry() {
        super(new RuleInfo("SE003", "untrusted-registry", "An image comes from a registry not in trusted-registries",
                Severity.ERROR, List.of("DL3026")));
    }

    @Override
    public void check(RuleContext ctx) {
        List<String> trusted = ctx.options().config().trustedRegistries();
        if (trusted.isEmpty()) {
            return;
        }
        for (Stage stage : ctx.model().stages()) {
            if (stage.hasImageBase() && stage.baseImage() != null && stage.from().image() != null) {
                check(ctx, trusted, stage.baseImage(), stage.from().image().span());
            }
            for (Instruction i : stage.instructions()) {
                if (i instanceof Copy c && c.flag("from") != null && c.flag("from").hasValue()
                        && ctx.model().resolveFrom(stage, c.flag("from").value()) == null) {
                    check(ctx, trusted, c.flag("from").value(), c.flag("from").span());
                } else if (i instanceof Run r) {
                    for (Mount m : r.mounts()) {
                        String from = m.option("from");
                        if (from != null && ctx.model().resolveFrom(stage, from) == null) {
                            check(ctx, trusted, from, m.span());
                        }
                    }
                }
            }
        }
    }

    private static void check(RuleContext ctx, List<String> trusted, String image, Span span) {
        if (image.contains("$") || image.equalsIgnoreCase("scratch")) {
            return;
        }
        String registry = registry(image);
        for (String pattern : trusted) {
            if (matches(pattern.toLowerCase(Locale.ROOT), registry)) {
                return;
            }
        }
        ctx.report(span, image + " comes from " + registry + ", which is not in trusted-registries ("
                + String.join(", ", trusted) + ")");
    }

    static String registry(String image) {
        int slash = image.indexOf('/');
        if (slash > 0) {
            String first = image.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                return first.toLowerCase(Locale.ROOT);
            }
        }
        return "docker.io";
    }

    static boolean matches(String pattern, String registry) {
        if (pattern.equals("*") || pattern.equals(registry)) {
            return true;
        }
        if (pattern.startsWith("*.")) {
            return registry.endsWith(pattern.substring(1));
        }
        if (pattern.endsWith(".*")) {
            return registry.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return registry.equals("docker.io") && (pattern.equals("registry-1.docker.io") || pattern.equals("index.docker.io"));
    }
}
