package dev.layerlint.rules.ci;

import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.pipeline.Build;
import dev.layerlint.pipeline.BuildArg;
import dev.layerlint.pipeline.CacheSpec;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * CI004: {@code --cache-from IMAGE} (an image as the cache source) under
 * BuildKit, the default builder since Docker 23, when no build of the
 * pipeline writes cache metadata into that image: BuildKit reuses an image's
 * layers only when it was built with {@code BUILDKIT_INLINE_CACHE=1} (or
 * {@code --cache-to type=inline}), so the import finds nothing. The classic
 * builder (DOCKER_BUILDKIT=0, a Docker older than 23) is CI005's.
 */
public final class InlineCacheNotExported extends CiRule {
    public static final RuleInfo INFO = new RuleInfo("CI004", "inline-cache-not-exported",
            "An image is used as --cache-from but no build writes inline cache metadata into it",
            Severity.WARNING, List.of()).withFix();

    public InlineCacheNotExported() {
        super(INFO);
    }

    @Override
    public void check(PipelineContext ctx) {
        List<Build> builds = ctx.pipeline().builds();
        boolean anyInline = false;
        for (Build b : builds) {
            BuildArg a = b.arg("BUILDKIT_INLINE_CACHE");
            anyInline |= a != null && !a.value().strip().equals("0")
                    || b.cacheTo.stream().anyMatch(c -> c.type().equals("inline"));
        }
        if (anyInline) {
            return;
        }
        for (Build b : builds) {
            if (b.engine != Build.Engine.DOCKER_DEFAULT && b.engine != Build.Engine.BUILDKIT) {
                continue;
            }
            if (writesRegistry(builds)) {
                continue;
            }
            for (CacheSpec from : b.cacheFrom) {
                if (!from.bareRef()) {
                    continue;
                }
                String ref = from.raw().strip();
                ctx.report(from.span(), "--cache-from " + ref + " of " + name(b) + " reads an image that no build"
                        + " here writes cache metadata into: BuildKit (the default builder since Docker 23) reuses"
                        + " its layers only if it was built with --build-arg BUILDKIT_INLINE_CACHE=1, so every run"
                        + " rebuilds", fix(ctx, b, from, ref));
            }
        }
    }

    /**
     * When the build tags the image it reads as its cache ({@code --cache-from X ... -t X}, or a Docker task's
     * {@code imageName: X}), it is the build that makes the next run's cache: {@code --build-arg
     * BUILDKIT_INLINE_CACHE=1} added right after the cache source, on the same command line (it adds the cache
     * metadata to the image, not a layer). Otherwise (the image is pushed by another build or another pipeline,
     * a flag written so that text cannot be added after it) the suggestion only.
     */
    private static Fix fix(PipelineContext ctx, Build b, CacheSpec from, String ref) {
        String title = "Build with --build-arg BUILDKIT_INLINE_CACHE=1 (or --cache-to type=inline) so the pushed "
                + ref + " carries its cache";
        List<String> images = new ArrayList<>(b.tags);
        String imageName = b.step.input("imageName");
        if (imageName != null) {
            images.add(imageName);
        }
        if (images.stream().noneMatch(t -> normal(t).equals(normal(ref)))) {
            return Fix.displayOnly(title);
        }
        SourceText src = ctx.pipeline().source();
        int[] r = YamlEdits.specRange(src, from);
        if (r == null) {
            return Fix.displayOnly(title);
        }
        String text = src.text();
        int at = r[1];
        if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
            at++; // after the closing quote of the word
        }
        if (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
            return Fix.displayOnly(title);
        }
        return Fix.safe("Add --build-arg BUILDKIT_INLINE_CACHE=1 to the build that tags " + ref,
                List.of(Edit.insert(at, " --build-arg BUILDKIT_INLINE_CACHE=1")));
    }

    /** A registry cache export (any build): the bare import may be reading that. */
    private static boolean writesRegistry(List<Build> builds) {
        for (Build b : builds) {
            for (CacheSpec to : b.cacheTo) {
                if (to.type().equals("registry")) {
                    return true;
                }
            }
        }
        return false;
    }
}
