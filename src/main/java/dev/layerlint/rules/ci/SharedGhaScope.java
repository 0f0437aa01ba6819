package dev.layerlint.rules.ci;

import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.pipeline.Build;
import dev.layerlint.pipeline.CacheSpec;
import dev.layerlint.pipeline.Yaml;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CI008: several images, or the jobs of a matrix, writing the same GitHub
 * Actions cache scope ({@code buildkit} when none is given): each export
 * replaces the others' cache index, so only the last build to finish gets
 * hits. A scope that differs per image (or per matrix entry) fixes it.
 */
public final class SharedGhaScope extends CiRule {
    public static final RuleInfo INFO = new RuleInfo("CI008", "shared-gha-scope",
            "Several images or matrix jobs export their cache to the same gha scope", Severity.WARNING, List.of()).withFix();

    public SharedGhaScope() {
        super(INFO);
    }

    @Override
    public void check(PipelineContext ctx) {
        List<Build> builds = ctx.pipeline().builds();
        for (Build b : builds) {
            for (CacheSpec to : b.cacheTo) {
                if (!to.type().equals("gha") || to.raw().contains("${{") && to.hasScope()
                        && to.scope().contains("${{")) {
                    continue;
                }
                Build other = other(builds, b, to.scope());
                String scope = to.hasScope() ? "scope " + to.scope() : "the default scope buildkit";
                if (other != null) {
                    String mine = imageName(b);
                    String theirs = imageName(other);
                    String fresh = mine == null || mine.equals(theirs) || mine.equals(to.scope()) ? null : mine;
                    ctx.report(to.span(), "cache export " + to.raw().strip() + " of " + name(b) + " writes "
                            + scope + ", and so does " + name(other) + ", which builds another image: each"
                            + " export replaces the other's cache (give each image its own scope=)",
                            scopeFix(ctx, b, to, fresh, "Give this image its own scope: scope=" + (fresh == null
                                    ? "NAME" : fresh) + " in its cache-to and cache-from"));
                } else if (b.job.matrix() && !to.scope().contains("matrix.")) {
                    String key = matrixKey(b);
                    String fresh = key == null ? null : "${{ matrix." + key + " }}";
                    if (fresh != null && otherInJob(b)) {
                        // several images per matrix entry: each needs its own scope too
                        String image = imageName(b);
                        fresh = image == null ? null : fresh + "-" + image;
                    }
                    ctx.report(to.span(), "cache export " + to.raw().strip() + " in matrix job " + b.job.name()
                            + " writes " + scope + " from every matrix entry: each entry replaces the others'"
                            + " cache, so only the last to finish gets hits (put a matrix value in scope=)",
                            scopeFix(ctx, b, to, fresh, "Give each matrix entry its own scope: scope=" + (fresh == null
                                    ? "${{ matrix.KEY }}" : fresh) + " in its cache-to and cache-from"));
                }
            }
        }
    }

    /** Sets {@code scope} in the export and in the build's imports of the same scope; a suggestion without one. */
    private static Fix scopeFix(PipelineContext ctx, Build b, CacheSpec to, String scope, String title) {
        if (scope == null) {
            return Fix.displayOnly(title);
        }
        List<Edit> edits = new ArrayList<>();
        for (CacheSpec c : b.cacheFrom) {
            if (c.type().equals("gha") && c.scope().equals(to.scope())) {
                edits.add(YamlEdits.setAttr(ctx.pipeline().source(), c, "scope", scope));
            }
        }
        edits.add(YamlEdits.setAttr(ctx.pipeline().source(), to, "scope", scope));
        return edits.contains(null) ? Fix.displayOnly(title) : Fix.safe(title, edits);
    }

    /** Another build of the job that exports a gha cache and builds another image (file, target or context). */
    private static boolean otherInJob(Build b) {
        for (Build o : b.job.builds()) {
            if (o != b && o.cacheTo.stream().anyMatch(c -> c.type().equals("gha")) && !(Objects.equals(o.dockerfile,
                    b.dockerfile) && Objects.equals(o.target, b.target) && Objects.equals(o.context, b.context))) {
                return true;
            }
        }
        return false;
    }

    /** The matrix value the build's inputs already use ({@code matrix.service} in its context or file), or null. */
    private static String matrixKey(Build b) {
        if (b.step.inputs() == null) {
            return null;
        }
        for (var t : Yaml.entries(b.step.inputs())) {
            String v = Yaml.str(t.getValueNode());
            Matcher m = v == null ? null : MATRIX.matcher(v);
            if (m != null && m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * A scope name for the image a build makes, from what the file says about it: the Dockerfile's folder
     * ({@code web/Dockerfile}: web), else the target, else the context folder; null when none is a plain name.
     */
    static String imageName(Build b) {
        List<String> candidates = new ArrayList<>();
        if (b.dockerfile != null) {
            String f = b.dockerfile.strip().replace('\\', '/');
            int slash = f.lastIndexOf('/');
            String dir = slash < 0 ? "" : f.substring(0, slash);
            candidates.add(dir.substring(dir.lastIndexOf('/') + 1));
            String file = f.substring(slash + 1);
            candidates.add(file.replaceAll("(?i)^dockerfile[-_.]|\\.dockerfile$|^dockerfile$", ""));
        }
        candidates.add(b.target == null ? "" : b.target.strip());
        if (b.context != null) {
            String c = b.context.strip().replace('\\', '/').replaceAll("/+$", "");
            candidates.add(c.substring(c.lastIndexOf('/') + 1));
        }
        for (String c : candidates) {
            if (PLAIN.matcher(c).matches() && !c.equals(".") && !c.equals("..")) {
                return c;
            }
        }
        return null;
    }

    private static final Pattern MATRIX = Pattern.compile("\\bmatrix\\.([A-Za-z_][\\w-]*)");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** Another build that exports to the same gha scope but builds something else. */
    private static Build other(List<Build> builds, Build b, String scope) {
        for (Build o : builds) {
            if (o == b) {
                continue;
            }
            for (CacheSpec to : o.cacheTo) {
                if (to.type().equals("gha") && to.scope().equals(scope) && !(Objects.equals(o.dockerfile,
                        b.dockerfile) && Objects.equals(o.target, b.target) && Objects.equals(o.context, b.context))) {
                    return o;
                }
            }
        }
        return null;
    }
}
