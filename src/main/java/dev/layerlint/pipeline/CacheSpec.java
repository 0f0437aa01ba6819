package dev.layerlint.pipeline;

import dev.layerlint.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
            for (String part : fields(t)) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    attrs.put(part.substring(0, eq).strip().toLowerCase(Locale.ROOT), part.substring(eq + 1).strip());
                }
            }
            attrs.putIfAbsent("type", "registry");
        }
        return new CacheSpec(raw, attrs, bare, span);
    }

    /** The CSV fields of a cache attribute list; a comma inside a template expression ({@code ${{ format('a-{0}', x) }}}) splits nothing. */
    private static List<String> fields(String t) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.startsWith("${{", i)) {
                depth++;
                i += 2;
            } else if (depth > 0 && t.startsWith("}}", i)) {
                depth--;
                i++;
            } else if (depth == 0 && t.charAt(i) == ',') {
                out.add(t.substring(start, i));
                start = i + 1;
            }
        }
        out.add(t.substring(start));
        return out;
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
