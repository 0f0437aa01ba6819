package dev.layerlint.explain;

import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Instruction;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.Change;
import dev.layerlint.model.DockerIgnore;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.parser.ParseResult;
import dev.layerlint.parser.Parser;
import dev.layerlint.source.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What is known about one earlier build whose entries the cache holds: its
 * Dockerfile text (null: the same as now), its .dockerignore ({@code ignoreKnown}
 * false: the same as now), the build arguments it was given, and its context
 * files (a recorded snapshot, or else the paths known to differ from now),
 * and the content its base image tags named (recorded with --base-digest; empty when not known).
 * {@link #compare} turns it into the changes of the current build against it.
 */
public record EarlierBuild(String label, String dockerfile, boolean ignoreKnown, String dockerignore,
                           Map<String, String> buildArgs, Map<String, BuildHistory.FileState> context,
                           List<String> changedFiles, Map<String, String> bases) {
    /** Labels of changed files listed before the rest is counted. */
    private static final int MAX_FILE_LABELS = 12;

    /** The current build: its cache model (built with {@code buildArgs}), and its context files on request. */
    public record Current(CacheModel cache, Map<String, String> buildArgs, String target, String ignoreText,
                          Supplier<Map<String, BuildHistory.FileState>> snapshot) {
    }

    /** The changes of the current build against this one, and how to name them. */
    public Comparison compare(Current now) {
        List<Change> edits = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        SemanticModel current = now.cache().model();
        SemanticModel before = current;
        if (dockerfile != null) {
            ParseResult old = Parser.parse(SourceText.of(label + " Dockerfile", dockerfile));
            if (old.hasErrors()) {
                return new Comparison(label, List.of(new Change.NoCache("the Dockerfile of " + label
                        + " does not parse")), List.of("Dockerfile (the one of " + label + " does not parse)"));
            }
            before = SemanticModel.build(old.dockerfile(), buildArgs, now.target());
            List<Instruction> edited = DockerfileDiff.changed(before, current, now.cache().builder(),
                    now.cache().store());
            for (Instruction i : edited) {
                edits.add(new Change.InstructionEdited(i));
                labels.add("line " + i.span().startLine() + " (" + i.keyword().name() + ")");
            }
            if (edited.isEmpty() && !dockerfile.equals(current.file().source().text())) {
                labels.add("Dockerfile (no instruction changed in value)");
            }
        } else {
            // the same Dockerfile with the earlier arguments: what they expand to may differ in value
            before = SemanticModel.build(current.file(), buildArgs, now.target());
            for (Instruction i : DockerfileDiff.changed(before, current, now.cache().builder(),
                    now.cache().store())) {
                edits.add(new Change.InstructionEdited(i));
            }
        }
        // a changed argument first: its reason names the argument and where it enters
        List<Change> changes = new ArrayList<>();
        List<String> argLabels = new ArrayList<>();
        for (String name : changedArgs(before, current, now.buildArgs())) {
            changes.add(new Change.BuildArgChanged(name));
            argLabels.add("build arg " + name);
        }
        changes.addAll(edits);
        labels.addAll(0, argLabels);
        Set<String> files = new TreeSet<>();
        Set<String> leftContext = new TreeSet<>();
        if (context != null) {
            Map<String, BuildHistory.FileState> then = context;
            Map<String, BuildHistory.FileState> mine = now.snapshot().get();
            // a history recorded before directories were has none: its directories are not known to differ
            boolean dirsKnown = then.values().stream().anyMatch(f -> f.sha256().equals(BuildHistory.DIRECTORY));
            for (var e : mine.entrySet()) {
                if ((dirsKnown || !e.getKey().endsWith("/")) && !e.getValue().equals(then.get(e.getKey()))) {
                    files.add(e.getKey());
                }
            }
            for (String path : then.keySet()) {
                if (!mine.containsKey(path)) {
                    leftContext.add(path);
                }
            }
        } else {
            files.addAll(changedFiles);
            if (ignoreKnown && !Objects.equals(dockerignore, now.ignoreText()) && now.cache().context() != null) {
                DockerIgnore old = dockerignore == null ? DockerIgnore.none() : DockerIgnore.parse(dockerignore);
                for (String path : now.cache().context().allFiles()) {
                    boolean wasIn = !old.isExcluded(path);
                    boolean isIn = !now.cache().context().isIgnored(path);
                    if (wasIn && !isIn) {
                        leftContext.add(path);
                    } else if (isIn && !wasIn) {
                        files.add(path);
                    }
                }
            }
        }
        int listed = 0;
        Set<String> all = new TreeSet<>(files);
        all.addAll(leftContext);
        for (String path : all) {
            // a directory (PATH/) is selected by the COPYs that take PATH
            changes.add(new Change.FileChanged(path.endsWith("/") ? path.substring(0, path.length() - 1) : path,
                    leftContext.contains(path)));
            if (listed++ < MAX_FILE_LABELS) {
                labels.add(path + (leftContext.contains(path) ? " (left the context)" : ""));
            }
        }
        if (listed > MAX_FILE_LABELS) {
            labels.add((listed - MAX_FILE_LABELS) + " more context files");
        }
        return new Comparison(label, changes, labels);
    }

    /**
     * The build arguments declared in the current file whose value differs
     * between the two builds: a value given to both is compared as given; a
     * value given to one build only is compared with the defaults of the
     * other build's Dockerfile (an explicit value equal to the default, or
     * one omitted whose default equals the earlier explicit value, is no
     * change); defaults on both sides are the Dockerfile's business (an
     * edited default is an edited instruction).
     */
    private Set<String> changedArgs(SemanticModel before, SemanticModel current, Map<String, String> nowArgs) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : declared(current)) {
            String was = buildArgs.get(name);
            String is = nowArgs.get(name);
            if (was == null && is == null) {
                continue;
            }
            if (was != null && is != null) {
                if (!was.equals(is)) {
                    out.add(name);
                }
            } else if (was != null) {
                if (!defaults(current, name).stream().allMatch(was::equals)) {
                    out.add(name);
                }
            } else if (!defaults(before, name).stream().allMatch(is::equals)) {
                out.add(name);
            }
        }
        return out;
    }

    private static Set<String> declared(SemanticModel model) {
        Set<String> names = new LinkedHashSet<>();
        for (Instruction i : model.file().instructions()) {
            if (i instanceof Arg arg) {
                arg.declarations().forEach(d -> names.add(d.name().text()));
            }
        }
        return names;
    }

    /** The default every declaration of {@code name} gives it, expanded (null for one without a default). */
    private static List<String> defaults(SemanticModel model, String name) {
        List<String> out = new ArrayList<>();
        for (Instruction i : model.file().instructions()) {
            if (i instanceof Arg arg) {
                for (ArgDeclaration d : arg.declarations()) {
                    if (d.name().text().equals(name)) {
                        out.add(d.hasDefault() ? model.expand(arg, d.defaultValue().text()).value() : null);
                    }
                }
            }
        }
        return out;
    }

    /** One earlier build's changes, named. */
    public record Comparison(String label, List<Change> changes, List<String> changeLabels) {
        public Comparison {
            changes = List.copyOf(changes);
            changeLabels = List.copyOf(changeLabels);
        }
    }
}
