package dev.layerlint.pipeline;

import dev.layerlint.source.Span;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One cache import or export of a build, as BuildKit reads
 * {@code --cache-from}/{@code --cache-to}: CSV attributes with a {@code type}
 * (a bare image reference is {@code type=registry,ref=IMAGE}; for the classic
 * builder it is an image to reuse layers from).
 */
public record CacheSpec(String raw, Map<String, String> attrs, boolean bareRef, Span span) {
    public static CacheSpec parse(String raw, Span span) {
        Map<String, String> attrs = new LinkedHashMap<>();
        String t = raw.strip();
        boolean bare = !t.contains("=");
        if (bare) {
            attrs.put("type", "registry");
            attrs.put("ref", t);
        } else {
            for (String part : t.split(",")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    attrs.put(part.substring(0, eq).strip().toLowerCase(Locale.ROOT), part.substring(eq + 1).strip());
                }
            }
            attrs.putIfAbsent("type", "registry");
        }
        return new CacheSpec(raw, attrs, bare, span);
    }

    public String type() {
        return attrs.get("type").toLowerCase(Locale.ROOT);
    }

    /** The export mode: {@code min} unless {@code mode=max} is given. */
    public String mode() {
        return attrs.getOrDefault("mode", "min").toLowerCase(Locale.ROOT);
    }

    /** The gha scope, {@code buildkit} when none is given (BuildKit's default). */
    public String scope() {
        return attrs.getOrDefault("scope", "buildkit");
    }

    public boolean hasScope() {
        return attrs.containsKey("scope");
    }

    /** The registry ref, the local src/dest directory, or the scope: what identifies the cache's place. */
    public String location() {
        return switch (type()) {
            case "local" -> attrs.getOrDefault("dest", attrs.getOrDefault("src", ""));
            case "gha" -> "gha:" + scope();
            default -> attrs.getOrDefault("ref", attrs.getOrDefault("name", ""));
        };
    }
}
