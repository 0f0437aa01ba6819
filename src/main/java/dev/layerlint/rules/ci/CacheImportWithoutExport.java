package dev.layerlint.rules.ci;

import dev.layerlint.fix.Fix;
import dev.layerlint.pipeline.Build;
import dev.layerlint.pipeline.CacheSpec;
import dev.layerlint.pipeline.ExprMatch;
import dev.layerlint.pipeline.Pipeline;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * CI002: a cache that is imported but written by no build of the pipeline,
 * or exported but read by none. BuildKit caches must be exported and
 * imported explicitly: an import of a location nobody writes finds nothing,
 * an export nobody reads costs upload time every run. A bare image reference
 * as {@code --cache-from} (inline cache) is CI004's; kaniko's cache repository
 * is read and written by the same flag. Locations built from expressions and
 * the imports of reusable workflows (written by their callers) are not reported. The other pipelines of the
 * repository read in the same run count ({@code check .}: a release workflow exports what a test workflow
 * imports), and an export whose place is built from expressions may write any import it could name.
 */
public final class CacheImportWithoutExport extends CiRule {
    public static final RuleInfo INFO = new RuleInfo("CI002", "cache-import-without-export",
            "A build cache is imported but never exported, or exported but never imported", Severity.WARNING,
            List.of());

    public CacheImportWithoutExport() {
        super(INFO);
    }

    @Override
    public void check(PipelineContext ctx) {
        List<Build> builds = ctx.pipeline().builds();
        // what the other pipelines of the repository write or read (one workflow exports, a later one imports)
        List<Build> repository = new ArrayList<>(builds);
        for (Pipeline other : ctx.others()) {
            repository.addAll(other.builds());
        }
        int n = ctx.others().size();
        String where = n == 0 ? "in this file" : "in this file or the " + (n == 1 ? "other pipeline" : n + " other pipelines")
                + " of its repository";
        // a reusable workflow's cache is written by its callers, which this file does not show
        boolean reusable = ctx.pipeline().source().text().contains("workflow_call");
        for (Build b : builds) {
            if (b.engine == Build.Engine.KANIKO) {
                continue;
            }
            for (CacheSpec from : b.cacheFrom) {
                if (from.bareRef() || dynamic(from) || reusable || written(repository, from)) {
                    continue;
                }
                ctx.report(from.span(), "cache import " + from.raw().strip() + " of " + name(b)
                        + " is written by no build " + where + " (no cache export to " + from.location()
                        + "): the import finds nothing and every run builds cold",
                        Fix.displayOnly("Export it too: " + flag(b, "cache-to") + exportOf(from)));
            }
            for (CacheSpec to : b.cacheTo) {
                if (to.type().equals("inline") || dynamic(to) || read(repository, to)) {
                    continue;
                }
                ctx.report(to.span(), "cache export " + to.raw().strip() + " of " + name(b)
                        + " is read by no build " + where + " (no cache import from " + to.location()
                        + "): every run uploads a cache that the next run does not use",
                        Fix.displayOnly("Import it too: " + flag(b, "cache-from") + importOf(to)));
            }
        }
    }

    /** How the build writes a cache option: an action input ({@code cache-to: }) or a flag ({@code --cache-to }). */
    private static String flag(Build b, String name) {
        return b.tool.startsWith("docker/") ? name + ": " : "--" + name + " ";
    }

    /** The export that fills an import: the same place (a local src becomes a dest), in max mode. */
    private static String exportOf(CacheSpec from) {
        String raw = from.raw().strip();
        if (from.type().equals("local")) {
            raw = raw.replaceFirst("(^|,)\\s*src\\s*=", "$1dest=");
        }
        return raw + (from.attrs().containsKey("mode") ? "" : ",mode=max");
    }

    /** The import that reads an export: the same place (a local dest becomes a src), without export-only options. */
    private static String importOf(CacheSpec to) {
        String raw = to.raw().strip().replaceAll(",\\s*(mode|image-manifest|oci-mediatypes|compression|compression-level|force-compression|ignore-error)\\s*=[^,]*", "");
        if (to.type().equals("local")) {
            raw = raw.replaceFirst("(^|,)\\s*dest\\s*=", "$1src=");
        }
        return raw;
    }

    /** A location built from expressions: who writes it cannot be told from this file. */
    private static boolean dynamic(CacheSpec c) {
        return c.location().contains("${{");
    }

    private static boolean written(List<Build> builds, CacheSpec from) {
        for (Build b : builds) {
            for (CacheSpec to : b.cacheTo) {
                if (same(from, to)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean read(List<Build> builds, CacheSpec to) {
        for (Build b : builds) {
            for (CacheSpec from : b.cacheFrom) {
                if (same(from, to)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean same(CacheSpec from, CacheSpec to) {
        if (!from.type().equals(to.type())) {
            return from.bareRef() && to.type().equals("registry") && normal(from.location()).equals(
                    normal(to.location()));
        }
        if (from.type().equals("local")) {
            // a local cache read from src and written to a fresh dest that a later step moves over src
            return true;
        }
        // an export whose place is built from expressions (a matrix value in the scope) may write a literal import's
        return normal(from.location()).equals(normal(to.location()))
                || ExprMatch.mayEqual(from.location(), to.location(), ExprMatch::any);
    }
}
