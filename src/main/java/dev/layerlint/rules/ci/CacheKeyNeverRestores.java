package dev.layerlint.rules.ci;

import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Word;
import dev.layerlint.cache.Ecosystem;
import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.model.Stage;
import dev.layerlint.pipeline.Build;
import dev.layerlint.pipeline.DockerfileLink;
import dev.layerlint.pipeline.ExprMatch;
import dev.layerlint.pipeline.Job;
import dev.layerlint.pipeline.Origin;
import dev.layerlint.pipeline.PerRun;
import dev.layerlint.pipeline.Step;
import dev.layerlint.pipeline.Yaml;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * CI011: a pipeline cache (Azure {@code Cache@2}, {@code actions/cache})
 * whose key holds a value that is new every run ({@code github.sha},
 * {@code $(Build.BuildId)}, a date) and that has no restore keys: the key
 * never matches a saved entry, so the cache never restores. A save and
 * restore of the same key in two jobs of one run (an artifact hand-off) is
 * left alone.
 */
public final class CacheKeyNeverRestores extends CiRule {
    public static final RuleInfo INFO = new RuleInfo("CI011", "cache-key-never-restores",
            "A pipeline cache key changes every run and has no restore keys", Severity.WARNING, List.of()).withFix();

    public CacheKeyNeverRestores() {
        super(INFO);
    }

    @Override
    public void check(PipelineContext ctx) {
        for (Job job : ctx.pipeline().jobs()) {
            for (Step s : job.steps()) {
                boolean azure = s.is("Cache") || s.is("CacheBeta");
                boolean github = s.kind().equals("actions/cache") || s.kind().equals("actions/cache/restore");
                if (!azure && !github || !ctx.pipeline().own(s)) {
                    continue;
                }
                Node key = Yaml.getIgnoreCase(s.inputs(), "key");
                String text = Yaml.str(key);
                if (text == null) {
                    continue;
                }
                String restore = s.input(azure ? "restoreKeys" : "restore-keys");
                if (restore != null && !restore.isBlank()) {
                    continue;
                }
                Origin o = PerRun.classify(text, job, s, job.vars());
                if (!o.perRun() || savedInSameRun(ctx, s, text)) {
                    continue;
                }
                ctx.report(ctx.pipeline().yaml().span(key), "the cache key of " + s.label() + " holds " + o.why()
                        + ", new every run, and there is no " + (azure ? "restoreKeys" : "restore-keys")
                        + ": no saved entry ever matches, so the cache never restores (key on the lock files, and"
                        + " add a restore key without the per-run part)", keyFix(ctx, job, key, text, o, azure));
            }
        }
    }

    /**
     * A hand-off within one run: the same per-run key is used by a cache step of another job (one job saves,
     * the next restores), so it is meant to restore only within the run. A matrix job's key
     * ({@code image-${{ matrix.arch }}-${{ github.run_id }}}) is the same key as the one entry another job names.
     */
    static boolean savedInSameRun(PipelineContext ctx, Step step, String key) {
        for (Job j : ctx.pipeline().jobs()) {
            if (j.steps().contains(step)) {
                continue;
            }
            for (Step s : j.steps()) {
                String other = s.kind().startsWith("actions/cache") ? s.input("key") : null;
                if (other != null && ExprMatch.mayEqual(key, other, ExprMatch::matrix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The key rebuilt on what the job's images are built from: the per-run part replaced by the Dockerfiles
     * the job builds and the manifest and lock files they COPY ({@code hashFiles(...)} on GitHub, file path
     * segments on Azure), and a restore key of what came before it. Unsafe: the files are the ones layerlint
     * sees the job build; a suggestion when it sees none or the key is not written as a plain value.
     */
    private static Fix keyFix(PipelineContext ctx, Job job, Node key, String text, Origin o, boolean azure) {
        String written = o.why().split(", | = ", 2)[0];
        int at = text.indexOf(written);
        List<String> files = buildFiles(ctx, job);
        String title = "Key the cache on the files the image is built from, with a restore key";
        var src = ctx.pipeline().source();
        var span = ctx.pipeline().yaml().span(key);
        if (at < 0 || files.isEmpty() || !src.slice(span).equals(text)) {
            return Fix.displayOnly(title + (files.isEmpty() ? "" : ": " + String.join(", ", files)));
        }
        String prefix = text.substring(0, at);
        String hashed;
        String restore;
        if (azure) {
            hashed = String.join(" | ", files);
            restore = prefix.replaceAll("[\\s|]+$", "");
        } else {
            hashed = "${{ hashFiles(" + String.join(", ", files.stream().map(f -> "'" + f + "'").toList()) + ") }}";
            restore = prefix;
        }
        String newKey = prefix + hashed + text.substring(at + written.length());
        List<Edit> edits = new ArrayList<>();
        edits.add(Edit.replace(span.start(), span.end(), newKey));
        if (!restore.isBlank() && plain(restore)) {
            int line = span.startLine();
            String indent = src.line(line).substring(0, src.line(line).length() - src.line(line).stripLeading()
                    .length());
            String keyWord = azure ? "restoreKeys" : "restore-keys";
            edits.add(Edit.insert(src.lineEnd(line), (src.usesCrlf() ? "\r\n" : "\n") + indent + keyWord + ": "
                    + restore));
        }
        return Fix.unsafe(title + ": " + newKey, edits);
    }

    /** A value YAML reads as plain text on one line. */
    private static boolean plain(String v) {
        return !v.contains(": ") && !v.contains(" #") && !v.endsWith(":") && "{[*&!|>'\"%@`#,?-".indexOf(v.charAt(0)) < 0
                && v.equals(v.strip());
    }

    /**
     * The Dockerfiles the job's builds link to and the manifest and lock files (the package managers' own,
     * from the ecosystem vocabulary) their COPY/ADD take from the context, as paths from the repository root.
     */
    private static List<String> buildFiles(PipelineContext ctx, Job job) {
        Set<String> names = new HashSet<>();
        for (Ecosystem e : Ecosystem.values()) {
            for (String m : e.manifests()) {
                if (!m.contains("*") && !m.endsWith("/")) {
                    names.add(m);
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (Build b : job.builds()) {
            DockerfileLink link = ctx.dockerfile(b);
            String context = DockerfileLink.contextPath(b);
            if (link == null || context == null) {
                continue;
            }
            out.add(link.display());
            String base = context.equals(".") ? "" : context.replaceAll("/+$", "") + "/";
            for (Stage stage : link.model().stages()) {
                if (!link.model().isReachable(stage)) {
                    continue;
                }
                for (Instruction i : stage.instructions()) {
                    if (!(i instanceof Copy c) || !SemanticModel.copiesFromContext(i)) {
                        continue;
                    }
                    for (Word w : c.sources()) {
                        String path = w.text().replaceAll("^\\./", "");
                        String name = path.substring(path.lastIndexOf('/') + 1);
                        if (names.contains(name) && !path.contains("$")) {
                            out.add(base + path);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }
}
