package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.From;
import dev.layerlint.ast.Instruction;
import dev.layerlint.model.Expander;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Vars;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * BU017: with only the global ARG defaults (no --build-arg), a FROM image
 * expands to an empty or invalid reference: a plain {@code docker build}
 * fails.
 */
public final class InvalidDefaultBaseImage extends BaseRule {
    /** A Docker image reference: [host[:port]/]path[:tag][@digest], lower-case path components. */
    static final Pattern REFERENCE = Pattern.compile("^(?:[a-zA-Z0-9.-]+(?::\\d+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
            + "(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\\w][\\w.-]{0,127})?(?:@[a-z0-9]+:[a-fA-F0-9]{32,})?$");

    public InvalidDefaultBaseImage() {
        super(new RuleInfo("BU017", "invalid-default-base-image",
                "With the ARG defaults, a FROM image is empty or not a valid reference", Severity.WARNING,
                List.of("InvalidDefaultArgInFrom")));
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> unexpandable = new HashMap<>(); // ARG name -> its default as written, when that fails
        Expander expander = ctx.model().expander();
        for (Instruction i : ctx.file().instructions()) {
            if (i instanceof Arg arg && ctx.model().stageOf(i) == null) {
                for (ArgDeclaration d : arg.declarations()) {
                    Expander.Result value = d.hasDefault() ? expander.expand(d.defaultValue().text(), defaults::get)
                            : null;
                    defaults.put(d.name().text(), value == null || value.failed() ? null : value.value());
                    if (value != null && value.failed()) {
                        unexpandable.put(d.name().text(), d.defaultValue().text());
                    } else {
                        unexpandable.remove(d.name().text());
                    }
                }
            } else if (i instanceof From from && from.image() != null) {
                String raw = from.image().text();
                if (Vars.referenced(raw).isEmpty()) {
                    continue;
                }
                Expander.Result r = expander.expand(raw, n -> SemanticModel.PLATFORM_ARGS
                        .contains(n) ? "linux" : defaults.get(n));
                if (r.failed()) {
                    continue; // reported as a syntax problem elsewhere
                }
                String image = r.value();
                boolean stage = ctx.model().stages().stream().anyMatch(s -> s.name() != null
                        && s.name().equalsIgnoreCase(image));
                if (image.isEmpty() || !stage && !image.equalsIgnoreCase("scratch") && !REFERENCE.matcher(image).matches()) {
                    List<String> unset = Vars.referenced(raw).stream().filter(n -> defaults.get(n) == null
                            && !unexpandable.containsKey(n) && !SemanticModel.PLATFORM_ARGS.contains(n)).toList();
                    List<String> broken = Vars.referenced(raw).stream().filter(unexpandable::containsKey)
                            .map(n -> n + "=" + unexpandable.get(n)).toList();
                    ctx.report(from.image().span(), "without --build-arg, " + raw + " expands to "
                            + (image.isEmpty() ? "an empty string" : "\"" + image + "\", not a valid image reference")
                            + (unset.isEmpty() ? "" : " (no default for " + String.join(", ", unset) + ")")
                            + (broken.isEmpty() ? "" : " (the default of ARG " + String.join(", ", broken)
                            + " is not a variable BuildKit can expand: a template placeholder left in?)")
                            + ": give the ARG a default that names a real image");
                }
            }
        }
    }
}
