package dev.layerlint.rules.reproducibility;

import dev.layerlint.model.Binding;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rules.Vars;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The image a stage's FROM names as a build without --build-arg sees it: the
 * text as written, or, when it names global ARGs that all have defaults
 * ({@code ARG BASE=ubuntu:latest} then {@code FROM $BASE}), the text with
 * those defaults. Null when a variable has no default (the image is then
 * chosen at build time) or the base is a stage or scratch.
 */
final class BaseImages {
    /** The image, and the ARG defaults it came from ("" when written out). */
    record Resolved(String image, String via) {
    }

    private BaseImages() {
    }

    static Resolved of(RuleContext ctx, Stage stage) {
        if (stage.from().image() == null || !stage.hasImageBase()) {
            return null;
        }
        String written = stage.from().image().text();
        if (!written.contains("$")) {
            return new Resolved(written, "");
        }
        List<String> via = new ArrayList<>();
        for (String name : Vars.referenced(written)) {
            Binding b = ctx.model().globalScope().get(name);
            if (b == null || !b.hasValue() || b.value().isEmpty()) {
                return null;
            }
            via.add("ARG " + name + "=" + b.value());
        }
        String image = stage.baseImage();
        return image == null || image.isEmpty() || image.contains("$") ? null
                : new Resolved(image, String.join(", ", via));
    }

    /** How the message names the image: {@code ubuntu}, or {@code $BASE (ubuntu by ARG BASE=ubuntu)}. */
    static String named(String written, Resolved r) {
        return r.via().isEmpty() ? r.image() : written + " (" + r.image() + " by its default, " + r.via() + ")";
    }

    /**
     * What the tags of an image look like, for the advice: Windows base
     * images are tagged by release ({@code ltsc2022}), others by version.
     */
    static String tagAdvice(String image) {
        String lower = image.toLowerCase(Locale.ROOT);
        boolean windows = lower.contains("servercore") || lower.contains("nanoserver") || lower.contains("/windows")
                || lower.startsWith("windows") || lower.contains("dotnet/framework");
        return windows ? "the release tag of the Windows version your hosts run (" + image + " is tagged by release, ltsc"
                + " and year, not by a version number)"
                : "the tag of the release you test (the registry lists them: docker buildx imagetools inspect "
                + image + " shows what latest is now)";
    }
}
