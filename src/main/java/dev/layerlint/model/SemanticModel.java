package dev.layerlint.model;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Cmd;
import dev.layerlint.ast.Command;
import dev.layerlint.ast.Entrypoint;
import dev.layerlint.ast.ExecForm;
import dev.layerlint.ast.Shell;
import dev.layerlint.ast.Workdir;
import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Dockerfile;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.Flag;
import dev.layerlint.ast.From;
import dev.layerlint.ast.Heredoc;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.ast.Keyword;
import dev.layerlint.ast.Mount;
import dev.layerlint.ast.Run;
import dev.layerlint.ast.ShellForm;
import dev.layerlint.ast.Word;
import dev.layerlint.shell.ShellParser;
import dev.layerlint.shell.ShellScript;
import dev.layerlint.source.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a Dockerfile means to BuildKit: its stages and their graph
 * ({@code FROM <stage>}, {@code COPY --from}, {@code RUN --mount from=}),
 * which stages the target needs, the ARG/ENV scope before every
 * instruction (research A.12, A.13), and the shell script of every RUN
 * (ONBUILD triggers included) and shell-form command, each parsed once.
 */
public final class SemanticModel {
    /** Automatic platform args: defined in the global scope, a stage must re-declare them. */
    public static final Set<String> PLATFORM_ARGS = Set.of("TARGETPLATFORM", "TARGETOS", "TARGETARCH",
            "TARGETVARIANT", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETOSVERSION",
            "BUILDOSVERSION", "TARGETSTAGE");
    /** Proxy args: passed to every RUN without a declaration, and then not part of the cache key. */
    public static final Set<String> PROXY_ARGS = Set.of("HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY",
            "ALL_PROXY");

    /** A reference from one stage to another, and the instruction that makes it. */
    public record StageRef(Stage from, Stage to, Instruction via) {
    }

    private final Dockerfile file;
    private final List<Stage> stages;
    private final Scope globalScope;
    private final Map<Instruction, Scope> scopeBefore;
    private final Map<Instruction, Stage> stageOf;
    private final List<StageRef> references;
    private final Stage target;
    private final BitSet reachable;
    private final Expander expander;

    private SemanticModel(Dockerfile file, List<Stage> stages, Scope globalScope, Map<Instruction, Scope> scopeBefore,
                          Map<Instruction, Stage> stageOf, List<StageRef> references, Stage target,
                          BitSet reachable, Expander expander, Map<String, List<Stage>> byName) {
        this.byName = byName;
        this.file = file;
        this.stages = stages;
        this.globalScope = globalScope;
        this.scopeBefore = scopeBefore;
        this.stageOf = stageOf;
        this.references = references;
        this.target = target;
        this.reachable = reachable;
        this.expander = expander;
    }

    private final Map<String, List<Stage>> byName;
    /** Parsed scripts by RUN or shell form, filled on first use (the model serves one file, on one thread). */
    private final Map<Object, ShellScript> scripts = new IdentityHashMap<>();
    /** Parsed cmd or PowerShell scripts by RUN, filled on first use. */
    private final Map<Run, ShellScript> windowsScripts = new IdentityHashMap<>();
    /** The directory each instruction runs in, computed on the first {@link #workdir} call. */
    private Map<Instruction, String> workdirs;

    public static SemanticModel build(Dockerfile file, Map<String, String> buildArgs, String targetName) {
        Expander expander = new Expander(file.escapeChar());
        Scope.Log globalLog = new Scope.Log();
        List<Instruction> instructions = file.instructions();
        int i = 0;
        // global ARGs: those before the first FROM and before any other instruction. In a fragment (no FROM at
        // all: a snippet, a file being written) every instruction belongs to the implicit stage below, ARGs too.
        boolean fragment = true;
        for (Instruction instruction : instructions) {
            if (instruction instanceof From) {
                fragment = false;
                break;
            }
        }
        for (; !fragment && i < instructions.size() && instructions.get(i) instanceof Arg arg; i++) {
            for (ArgDeclaration d : arg.declarations()) {
                Scope now = new Scope(globalLog, globalLog.size());
                String value = buildArgs.get(d.name().text());
                if (value == null && d.hasDefault()) {
                    value = expander.expand(d.defaultValue().text(), now.env()).value();
                }
                globalLog.add(new Binding(d.name().text(), Binding.Kind.ARG, value, arg, Set.of(d.name().text())));
            }
        }
        Scope globalScope = new Scope(globalLog, globalLog.size());

        boolean windowsFile = builtOnWindows(file, instructions, expander, globalScope);
        List<Stage> stages = new ArrayList<>();
        Map<Instruction, Scope> scopeBefore = new IdentityHashMap<>();
        Map<Instruction, Stage> stageOf = new IdentityHashMap<>();
        List<Scope> finalScopes = new ArrayList<>();
        // stages by lower-case name, in order: lookups by name stay O(1) on files with thousands of stages
        Map<String, List<Stage>> byName = new HashMap<>();
        while (i < instructions.size()) {
            // a fragment (instructions before any FROM, which BuildKit rejects: BU011) is linted as if it
            // followed FROM scratch, through a FROM that is in no instruction list and spans nothing
            From from = instructions.get(i) instanceof From f ? f : implicitFrom(instructions.get(i));
            if (from == instructions.get(i)) {
                i++;
            }
            List<Instruction> body = new ArrayList<>();
            while (i < instructions.size() && !(instructions.get(i) instanceof From)) {
                body.add(instructions.get(i++));
            }
            String image = from.image() == null ? null
                    : expander.expand(from.image().text(), globalScope.env()).value();
            Stage base = null;
            if (image != null) {
                List<Stage> named = byName.get(image.toLowerCase(Locale.ROOT));
                base = named == null ? null : named.get(named.size() - 1); // the latest earlier stage of that name
            }
            String name = from.stageName() == null ? null : from.stageName().text().toLowerCase(Locale.ROOT);
            boolean unnamed = base == null && (image == null || image.isBlank() || from.image() != null
                    && expander.expand(from.image().text(), globalScope.env()).referenced().stream()
                    .anyMatch(v -> globalScope.value(v) == null));
            Stage stage = new Stage(stages.size(), name, from, body, base, base == null ? image : null,
                    unnamed && windowsFile);
            stages.add(stage);
            if (name != null) {
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(stage);
            }
            stageOf.put(from, stage);

            Scope.Log log = new Scope.Log();
            if (base != null) {
                for (Binding b : finalScopes.get(base.index()).bindings()) {
                    log.add(b);
                }
            }
            scopeBefore.put(from, new Scope(log, log.size()));
            for (Instruction instruction : body) {
                stageOf.put(instruction, stage);
                scopeBefore.put(instruction, new Scope(log, log.size()));
                assign(instruction, log, globalScope, buildArgs, expander);
            }
            finalScopes.add(new Scope(log, log.size()));
        }

        List<StageRef> references = new ArrayList<>();
        for (Stage stage : stages) {
            if (stage.baseStage() != null) {
                references.add(new StageRef(stage, stage.baseStage(), stage.from()));
            }
            for (Instruction instruction : stage.instructions()) {
                for (String ref : stageReferences(instruction)) {
                    Stage to = resolve(byName, stages, stage.index(), ref);
                    if (to != null) {
                        references.add(new StageRef(stage, to, instruction));
                    }
                }
            }
        }
        Stage target = stages.isEmpty() ? null : stages.get(stages.size() - 1);
        if (targetName != null) {
            for (Stage s : stages) {
                if (targetName.equalsIgnoreCase(s.name())) {
                    target = s;
                }
            }
        }
        BitSet reachable = new BitSet();
        if (target != null) {
            Map<Stage, List<Stage>> edges = new IdentityHashMap<>();
            for (StageRef r : references) {
                edges.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r.to());
            }
            List<Stage> todo = new ArrayList<>(List.of(target));
            while (!todo.isEmpty()) {
                Stage s = todo.remove(todo.size() - 1);
                if (reachable.get(s.index())) {
                    continue;
                }
                reachable.set(s.index());
                todo.addAll(edges.getOrDefault(s, List.of()));
            }
        }
        return new SemanticModel(file, List.copyOf(stages), globalScope, scopeBefore, stageOf, List.copyOf(references),
                target, reachable, expander, byName);
    }

    private static void assign(Instruction instruction, Scope.Log log, Scope globalScope,
                               Map<String, String> buildArgs, Expander expander) {
        Scope before = new Scope(log, log.size());
        if (instruction instanceof Arg arg) {
            for (ArgDeclaration d : arg.declarations()) {
                String name = d.name().text();
                Scope now = new Scope(log, log.size());
                String value = buildArgs.get(name);
                Set<String> fed = new HashSet<>(Set.of(name));
                if (value == null && d.hasDefault()) {
                    Expander.Result r = expander.expand(d.defaultValue().text(), now.env());
                    value = r.value();
                    fed.addAll(fedBy(r.referenced(), now));
                }
                if (value == null && globalScope.get(name) != null) {
                    value = globalScope.value(name);
                }
                Binding existing = now.get(name);
                if (value == null && existing != null && existing.kind() == Binding.Kind.ENV) {
                    continue; // an ARG without any value does not override an ENV
                }
                log.add(new Binding(name, Binding.Kind.ARG, value, arg, fed));
            }
        } else if (instruction instanceof Env env) {
            for (KeyValue kv : env.pairs()) {
                if (kv.value() == null) {
                    continue;
                }
                Expander.Result r = expander.expand(kv.value().text(), before.env());
                String key = expander.expand(kv.key().text(), before.env()).value();
                if (key == null || key.isEmpty()) {
                    continue;
                }
                log.add(new Binding(key, Binding.Kind.ENV, r.value(), env, fedBy(r.referenced(), before)));
            }
        }
    }

    private static Set<String> fedBy(List<String> referenced, Scope scope) {
        Set<String> fed = new HashSet<>();
        for (String name : referenced) {
            Binding b = scope.get(name);
            if (b != null) {
                fed.addAll(b.fedByArgs());
            }
        }
        return fed;
    }

    /** The stage names or indices an instruction reads from ({@code COPY --from}, {@code --mount from=}). */
    /**
     * Whether the file shows it is built on Windows, for its stages whose
     * base image it does not name ({@code FROM $BASE_IMAGE} with no default):
     * one build runs on one daemon, so a Windows image named by another
     * stage, a backtick escape directive, a SHELL of cmd or Windows
     * PowerShell, an exec-form program that is an {@code .exe}, {@code .cmd}
     * or {@code .bat}, or a WORKDIR with a drive letter tells it.
     */
    private static boolean builtOnWindows(Dockerfile file, List<Instruction> instructions, Expander expander,
                                          Scope globalScope) {
        if (file.escapeChar() == '`') {
            return true;
        }
        for (Instruction i : instructions) {
            if (i instanceof From f && (Stage.windowsPlatform(f) || f.image() != null && Stage.namesWindowsImage(
                    expander.expand(f.image().text(), globalScope.env()).value()))) {
                return true;
            }
            Command command = i instanceof Run r ? r.command() : i instanceof Cmd c ? c.command()
                    : i instanceof Entrypoint e ? e.command() : i instanceof Shell s ? s.command() : null;
            if (command instanceof ExecForm exec && !exec.arguments().isEmpty()) {
                String first = exec.arguments().get(0).text().toLowerCase(Locale.ROOT);
                if (first.endsWith(".exe") || first.endsWith(".cmd") || first.endsWith(".bat")
                        || DRIVE_PATH.matcher(first).matches() || i instanceof Shell
                        && ShellScript.Dialect.ofShell(first) != ShellScript.Dialect.POSIX
                        && !first.startsWith("pwsh") && !first.contains("/pwsh")) {
                    return true;
                }
            }
            if (i instanceof Workdir w && w.argument() != null && DRIVE_PATH.matcher(w.argument().text()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DRIVE_PATH = Pattern.compile("[\"']?[a-zA-Z]:[\\\\/].*");

    /** The {@code FROM scratch} a fragment is linted under: empty spans at the start of its first instruction. */
    private static From implicitFrom(Instruction first) {
        Span at = first.span();
        Span empty = new Span(at.start(), at.start(), at.startLine(), at.startColumn(), at.startLine(),
                at.startColumn());
        return new From(new Keyword("FROM", empty), List.of(), new Word("scratch", empty), null, null, empty);
    }

    /**
     * The working directory an instruction runs in: the stage's WORKDIRs before
     * it, resolved one after the other and expanded, starting where the base
     * stage ended ({@code /} for an image: its own WORKDIR is not known here).
     * For a stage's FROM: where the stage ends (what a stage built on it starts in).
     */
    public String workdir(Instruction i) {
        if (workdirs == null) {
            Map<Instruction, String> out = new IdentityHashMap<>();
            for (Stage stage : stages) {
                String wd = stage.baseStage() == null ? "/" : out.getOrDefault(stage.baseStage().from(), "/");
                for (Instruction at : stage.instructions()) {
                    out.put(at, wd);
                    if (at instanceof Workdir w && w.argument() != null) {
                        String v = expand(at, w.argument().text()).value();
                        wd = ContainerPaths.join(wd, v == null ? w.argument().text() : v);
                    }
                }
                out.put(stage.from(), wd);
            }
            workdirs = out;
        }
        return workdirs.getOrDefault(i, "/");
    }

    /**
     * The shell script a RUN runs (its shell form, or the heredoc that is its
     * whole script), parsed once per RUN: the cache model, every rule and
     * every other reader get this same object. Empty for the exec form and
     * for a heredoc script with a non-POSIX shebang. Whether the stage's
     * SHELL is POSIX is the reader's question (the cache model's steps are
     * empty for the others).
     */
    public ShellScript script(Run run) {
        ShellScript script = scripts.get(run);
        if (script == null) {
            script = parseRun(run);
            scripts.put(run, script);
        }
        return script;
    }

    /**
     * The script a RUN runs in a stage whose SHELL is cmd or PowerShell (or a
     * Windows stage's default cmd), read loosely in that shell's words
     * ({@link ShellParser#parse(String, ShellScript.Dialect)}), parsed once per
     * RUN; {@link #script(Run)} for a POSIX shell.
     */
    public ShellScript script(Run run, ShellScript.Dialect dialect) {
        if (dialect == ShellScript.Dialect.POSIX) {
            return script(run);
        }
        ShellScript script = windowsScripts.get(run);
        if (script == null || script.dialect() != dialect) {
            script = run.command() instanceof ShellForm shell
                    ? ShellParser.parse(shell.text(), dialect) : ShellScript.empty();
            windowsScripts.put(run, script);
        }
        return script;
    }

    /** The script of a shell-form command (CMD, ENTRYPOINT, HEALTHCHECK CMD), parsed once per command. */
    public ShellScript script(ShellForm command) {
        ShellScript script = scripts.get(command);
        if (script == null) {
            script = ShellParser.parse(command.text());
            scripts.put(command, script);
        }
        return script;
    }

    private static ShellScript parseRun(Run run) {
        if (!(run.command() instanceof ShellForm shell)) {
            return ShellScript.empty();
        }
        List<Heredoc> docs = run.heredocs();
        if (docs.size() == 1 && isHeredocOnly(shell.text().strip(), docs.get(0).name())) {
            String body = docs.get(0).body();
            return body.startsWith("#!") && !body.startsWith("#!/bin/sh") && !body.startsWith("#!/bin/bash")
                    && !body.startsWith("#!/usr/bin/env bash") && !body.startsWith("#!/usr/bin/env sh")
                    ? ShellScript.empty() : ShellParser.parse(body);
        }
        StringBuilder text = new StringBuilder(shell.text());
        for (Heredoc h : docs) {
            text.append('\n').append(h.body()).append(h.name()).append('\n');
        }
        return ShellParser.parse(text.toString());
    }

    /** Whether a RUN's text is nothing but the heredoc opener: {@code [fd]<<[-][ ]['"]NAME['"]}. */
    static boolean isHeredocOnly(String text, String name) {
        int i = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (!text.startsWith("<<", i)) {
            return false;
        }
        i += 2;
        if (i < text.length() && text.charAt(i) == '-') {
            i++;
        }
        while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '"')) {
            i++;
        }
        if (!text.startsWith(name, i)) {
            return false;
        }
        i += name.length();
        if (i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '"')) {
            i++;
        }
        return i == text.length();
    }

    /** Whether this FROM was written in the file (not the implicit one of a fragment with no FROM). */
    public static boolean isWritten(From from) {
        return !from.span().isEmpty();
    }

    public static List<String> stageReferences(Instruction instruction) {
        List<String> refs = new ArrayList<>();
        if (instruction instanceof Copy copy) {
            Flag from = copy.flag("from");
            if (from != null && from.value() != null) {
                refs.add(from.value());
            }
        } else if (instruction instanceof Run run) {
            for (Mount m : run.mounts()) {
                String from = m.option("from");
                if (from != null && !from.isEmpty()) {
                    refs.add(from);
                }
            }
        }
        return refs;
    }

    /** A {@code --from} value as a stage defined before {@code beforeIndex}, or null (an image). */
    static Stage resolve(Map<String, List<Stage>> byName, List<Stage> stages, int beforeIndex, String ref) {
        if (!ref.isEmpty() && ref.length() < 10 && ref.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int n = Integer.parseInt(ref);
            return n < beforeIndex ? stages.get(n) : null;
        }
        List<Stage> named = byName.get(ref.toLowerCase(Locale.ROOT));
        if (named != null) {
            for (int k = named.size() - 1; k >= 0; k--) {
                if (named.get(k).index() < beforeIndex) {
                    return named.get(k);
                }
            }
        }
        return null;
    }

    public Dockerfile file() {
        return file;
    }

    public List<Stage> stages() {
        return stages;
    }

    public Scope globalScope() {
        return globalScope;
    }

    /** The variables in effect just before an instruction (for ENV, the environment its values see). */
    public Scope scopeBefore(Instruction instruction) {
        return scopeBefore.get(instruction);
    }

    public Stage stageOf(Instruction instruction) {
        return stageOf.get(instruction);
    }

    public List<StageRef> references() {
        return references;
    }

    /** The stage a {@code --from}/{@code from=} value in {@code stage} names, or null for an image. */
    public Stage resolveFrom(Stage stage, String ref) {
        return resolve(byName, stages, stage.index(), ref);
    }

    public Stage target() {
        return target;
    }

    /** Whether BuildKit builds this stage for the target (classic builds every stage up to it). */
    public boolean isReachable(Stage stage) {
        return reachable.get(stage.index());
    }

    /** Stages built on this one ({@code FROM stage}), directly. */
    public List<Stage> children(Stage stage) {
        List<Stage> out = new ArrayList<>();
        for (Stage s : stages) {
            if (s.baseStage() == stage) {
                out.add(s);
            }
        }
        return out;
    }

    public Expander expander() {
        return expander;
    }

    /** A word as BuildKit expands it at an instruction (quotes removed, variables replaced). */
    public Expander.Result expand(Instruction at, String word) {
        Scope scope = at instanceof From ? globalScope : scopeBefore(at);
        return expander.expand(word, scope == null ? globalScope.env() : scope.env());
    }

    /** The COPY/ADD instructions of a stage that copy from the build context (no --from). */
    public static boolean copiesFromContext(Instruction instruction) {
        return (instruction instanceof Copy c && c.flag("from") == null) || instruction instanceof Add;
    }
}
