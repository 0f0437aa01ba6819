package dev.layerlint.pipeline;

import dev.layerlint.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A pipeline file as read: its platform, its jobs with their steps, and the image builds they run. */
public final class Pipeline {
    private final SourceText source;
    private final Platform platform;
    private final Yaml yaml;
    private final List<Job> jobs = new ArrayList<>();
    /** Steps read from another file (an Azure template this pipeline names), with that file's reading. */
    private final Map<Step, Yaml> foreign = new IdentityHashMap<>();
    /** The file on disk of each other file read (absolute, normalized). */
    private final Map<Yaml, Path> files = new IdentityHashMap<>();
    /** Local files this pipeline reads that hold jobs or steps (Azure templates, GitLab local includes), in order. */
    private final Set<Path> templates = new LinkedHashSet<>();

    Pipeline(SourceText source, Platform platform, Yaml yaml) {
        this.source = source;
        this.platform = platform;
        this.yaml = yaml;
    }

    public SourceText source() {
        return source;
    }

    public Platform platform() {
        return platform;
    }

    public Yaml yaml() {
        return yaml;
    }

    public List<Job> jobs() {
        return jobs;
    }

    /**
     * The builds written in this file. Builds of the templates it names are in {@link #allBuilds()}: their places
     * are in the template's file, so findings about them are reported when that file is checked.
     */
    public List<Build> builds() {
        List<Build> out = new ArrayList<>();
        for (Job j : jobs) {
            for (Build b : j.builds()) {
                if (own(b.step)) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    /** Every build this pipeline runs, those of the templates it names too. */
    public List<Build> allBuilds() {
        List<Build> out = new ArrayList<>();
        for (Job j : jobs) {
            out.addAll(j.builds());
        }
        return out;
    }

    /** Whether a step is written in this file (not in a template it names). */
    public boolean own(Step step) {
        return foreign.isEmpty() || !foreign.containsKey(step);
    }

    /** The text of the file a step is written in. */
    public SourceText sourceOf(Step step) {
        Yaml y = foreign.get(step);
        return y == null ? source : y.source();
    }

    /** A step written in another file, {@code yaml} being that file's reading and {@code file} its path. */
    void foreign(Step step, Yaml yaml, Path file) {
        foreign.put(step, yaml);
        if (file != null) {
            Path abs = file.toAbsolutePath().normalize();
            files.put(yaml, abs);
            templates.add(abs);
        }
    }

    /** A local file this pipeline reads jobs or steps from (GitLab's {@code include: local}). */
    void template(Path file) {
        templates.add(file.toAbsolutePath().normalize());
    }

    /**
     * The local files (absolute, normalized) this pipeline reads jobs or steps from: the Azure templates whose
     * steps it runs (nested ones too) and GitLab's local includes.
     */
    public Set<Path> templates() {
        return templates;
    }

    /** Whether this pipeline runs steps written in that file (an Azure template it names). */
    public boolean runsStepsOf(Path template) {
        Path abs = template.toAbsolutePath().normalize();
        return files.values().stream().anyMatch(abs::equals); // (an identity map's containsValue compares by ==)
    }

    /**
     * This pipeline as seen from a template file it runs: one reading per place the template is named, each with
     * the template's text as its own and the steps written in that file as its own steps, the rest (the caller's
     * steps, other templates) foreign. The jobs are this pipeline's, so a build in the template runs on the
     * caller's agent, with the parameters the caller passes and after the caller's earlier steps. Empty when this
     * pipeline runs no steps from that file.
     */
    public List<Pipeline> asSeenFrom(Path template) {
        Path abs = template.toAbsolutePath().normalize();
        List<Pipeline> out = new ArrayList<>();
        for (Map.Entry<Yaml, Path> e : files.entrySet()) {
            if (!e.getValue().equals(abs)) {
                continue;
            }
            Yaml y = e.getKey();
            Pipeline view = new Pipeline(y.source(), platform, y);
            view.jobs.addAll(jobs);
            for (Job j : jobs) {
                for (Step s : j.steps()) {
                    Yaml written = foreign.getOrDefault(s, yaml);
                    if (written != y) {
                        view.foreign.put(s, written);
                    }
                }
            }
            out.add(view);
        }
        out.sort((a, b) -> Integer.compare(firstStep(a), firstStep(b)));
        return out;
    }

    private static int firstStep(Pipeline view) {
        int i = 0;
        for (Job j : view.jobs) {
            for (Step s : j.steps()) {
                if (view.own(s)) {
                    return i;
                }
                i++;
            }
        }
        return i;
    }

    public List<Step> steps() {
        List<Step> out = new ArrayList<>();
        for (Job j : jobs) {
            out.addAll(j.steps());
        }
        return out;
    }

    /** A plain-text listing of the jobs and builds, one fact a line with its place (for golden tests and explain). */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(platform.label()).append('\n');
        for (Job j : jobs) {
            if (j.builds().isEmpty()) {
                continue;
            }
            sb.append("job ").append(j.name()).append(" @").append(j.span().startLine()).append(": agent ")
                    .append(j.agent().kind().name().toLowerCase(Locale.ROOT));
            if (!j.agent().what().isEmpty()) {
                sb.append(" (").append(j.agent().what()).append(')');
            }
            sb.append(j.matrix() ? ", matrix" : "").append('\n');
            for (Build b : j.builds()) {
                sb.append("  build @").append(b.span.startLine()).append(':').append(b.span.startColumn()).append(' ')
                        .append(b.tool);
                if (!own(b.step)) {
                    sb.append(" in ").append(sourceOf(b.step).path().replace('\\', '/'));
                }
                sb.append(" [").append(b.engine.name().toLowerCase(Locale.ROOT));
                if (b.driver != null) {
                    sb.append(", driver ").append(b.driver);
                }
                sb.append("]\n");
                line(sb, "file", b.dockerfile);
                line(sb, "context", b.context);
                line(sb, "target", b.target);
                for (BuildArg a : b.args) {
                    sb.append("    arg ").append(a.name()).append('=').append(a.value()).append(" @")
                            .append(a.span().startLine()).append(':').append(a.span().startColumn()).append(' ')
                            .append(a.origin().kind().name().toLowerCase(Locale.ROOT));
                    if (!a.origin().why().isEmpty()) {
                        sb.append(" (").append(a.origin().why()).append(')');
                    }
                    sb.append('\n');
                }
                for (CacheSpec c : b.cacheFrom) {
                    sb.append("    cache-from ").append(c.attrs()).append(" @").append(c.span().startLine()).append(':')
                            .append(c.span().startColumn()).append('\n');
                }
                for (CacheSpec c : b.cacheTo) {
                    sb.append("    cache-to ").append(c.attrs()).append(" @").append(c.span().startLine()).append(':')
                            .append(c.span().startColumn()).append('\n');
                }
                if (b.noCache != null) {
                    sb.append("    no-cache @").append(b.noCache.startLine()).append(':').append(b.noCache.startColumn())
                            .append('\n');
                }
                if (b.ignoredArguments != null) {
                    sb.append("    arguments ignored @").append(b.ignoredArguments.startLine()).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String what, String value) {
        if (value != null) {
            sb.append("    ").append(what).append(' ').append(value).append('\n');
        }
    }
}
