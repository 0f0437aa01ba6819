package dev.layerlint.rules.cache;

import dev.layerlint.ast.Arg;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.Expose;
import dev.layerlint.ast.Flag;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Label;
import dev.layerlint.ast.Mount;
import dev.layerlint.ast.Node;
import dev.layerlint.ast.Run;
import dev.layerlint.ast.User;
import dev.layerlint.ast.Word;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.Ecosystem;
import dev.layerlint.cache.Step;
import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.model.BuildContext;
import dev.layerlint.model.Glob;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Moves;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CA002: a COPY of the whole context (or of the folder holding the manifest)
 * comes before a dependency install that needs only manifest and lock files,
 * so every source edit reinstalls every dependency. The fix copies the
 * manifest and lock files first, installs, then copies the rest.
 */
public final class CopyAllBeforeInstall extends BaseRule {
    public static final RuleInfo INFO = new RuleInfo("CA002", "copy-all-before-install",
            "A COPY of the whole context comes before a dependency install that needs only the manifest files",
            Severity.WARNING, List.of()).withFix();

    public CopyAllBeforeInstall() {
        super(INFO);
    }

    @Override
    public void check(RuleContext ctx) {
        CacheModel cache = ctx.cache();
        SourceCopies copies = new SourceCopies(ctx.model(), cache, ctx.buildContext());
        Set<Instruction> reported = new HashSet<>();
        for (Stage stage : ctx.model().stages()) {
            List<Instruction> body = stage.instructions();
            Set<Ecosystem> fetched = new HashSet<>();
            for (int r = 0; r < body.size(); r++) {
                if (!(body.get(r) instanceof Run run)) {
                    continue;
                }
                Step step = cache.step(run);
                List<ShellCommand> script = step.script().commands();
                for (ShellCommand c : script) {
                    Ecosystem e = Ecosystem.installing(c);
                    if (e == null || e.isSystemPackageManager()) {
                        continue;
                    }
                    boolean manifestOnly = Ecosystem.installsFromManifestOnly(c, e);
                    boolean build = !manifestOnly && Ecosystem.fetchesOwnDependencies(c, e)
                            && !fetched.contains(e) && !mountsCache(run, e);
                    if (manifestOnly) {
                        fetched.add(e);
                    }
                    if (!manifestOnly && !build) {
                        continue;
                    }
                    List<SourceCopies.Manifest> reads = SourceCopies.manifests(c, e, copies.cwd(run, script, c));
                    SourceCopies.Transfer broad = broadCopyBefore(copies, body, r, e, reads);
                    if (broad != null && reported.add(broad.instruction())) {
                        report(ctx, cache, copies, body, broad, run, script, c, e, build);
                    }
                    if (broad != null || manifestOnly) {
                        break;
                    }
                }
            }
        }
    }

    /** Whether the RUN mounts a cache over the ecosystem's package cache (a re-fetch then costs little). */
    private static boolean mountsCache(Run run, Ecosystem e) {
        for (Mount m : run.mounts()) {
            String target = m.target();
            if (m.type().equals("cache") && target != null) {
                for (String dir : e.cacheDirs()) {
                    if (SourceCopies.under(dir, SourceCopies.join("/", target))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The last COPY/ADD from the context before index {@code r} that brings in sources with the manifest. */
    private static SourceCopies.Transfer broadCopyBefore(SourceCopies copies, List<Instruction> body, int r,
                                                         Ecosystem e, List<SourceCopies.Manifest> reads) {
        for (int k = r - 1; k >= 0; k--) {
            SourceCopies.Transfer t = SourceCopies.Transfer.of(body.get(k));
            if (t == null) {
                continue;
            }
            if (reads.isEmpty() ? copies.bringsSources(t, e, null)
                    : reads.stream().anyMatch(m -> copies.bringsSources(t, e, m))) {
                return t;
            }
        }
        return null;
    }

    private void report(RuleContext ctx, CacheModel cache, SourceCopies copies, List<Instruction> body,
                        SourceCopies.Transfer broad, Run run, List<ShellCommand> script, ShellCommand c, Ecosystem e,
                        boolean build) {
        String source = broadSource(cache, broad);
        List<String> manifests = source == null ? List.of() : manifests(ctx.buildContext(), source, e);
        String what = (c.program() + " " + c.subcommand("-o", "-f", "--file")).strip();
        String shown = manifests.isEmpty() ? String.join(", ", conventional(e, c)) : String.join(", ", manifests);
        String keyword = broad.instruction().keyword().name();
        String copied = keyword + " " + broad.sources().get(0).text() + " (line "
                + broad.instruction().span().startLine() + ") before `" + what + "` (line " + run.span().startLine()
                + ")";
        Fix fix;
        String message;
        if (build) {
            String fetch = e.fetchStep(programWord(c));
            message = copied + ", which fetches its dependencies itself: every source edit fetches them all again;"
                    + " copy " + shown + " first and run `" + fetch + "` before the rest";
            fix = fetchFix(ctx, copies, broad, manifests, shown, fetch, e.fetchRun(programWord(c)));
        } else {
            message = copied + ": every source edit reinstalls all dependencies; the install needs only " + shown;
            fix = fix(ctx, body, broad, run, manifests, e, c, usesSourcesAfter(script, c));
        }
        Word first = broad.sources().get(0);
        ctx.report(first.span(), message, fix);
    }

    /** The one folder the COPY/ADD copies (the context is "."), or null for several sources. */
    private static String broadSource(CacheModel cache, SourceCopies.Transfer broad) {
        List<String> sources = cache.sources(broad.instruction());
        return sources.size() == 1 && !Glob.hasWildcards(sources.get(0)) ? sources.get(0) : null;
    }

    /** The program as the command spells it when that is a wrapper script of the project ({@code ./mvnw}). */
    private static String programWord(ShellCommand c) {
        String word = c.effectiveWords().get(0).value();
        return word.startsWith("./") && !word.contains("$") ? word : c.program();
    }

    /**
     * The build fetches its own dependencies: copy the manifests and run the
     * ecosystem's fetch step above the COPY of the sources (unsafe: the fetch
     * may need files the manifests name, and the build may fetch more).
     */
    private Fix fetchFix(RuleContext ctx, SourceCopies copies, SourceCopies.Transfer broad, List<String> manifests,
                         String shown, String fetch, String fetchRun) {
        String title = "Copy " + shown.replace(", ", " ") + " first and run `" + fetch + "` before the COPY of the rest";
        if (manifests.isEmpty() || broad.destination() == null || broad.execForm()
                // the fetch runs in the WORKDIR: a copy elsewhere would need a cd (which ST002 rightly reports)
                || !SourceCopies.join(copies.workdir(broad.instruction()), copies.expandedDestination(broad))
                .equals(copies.workdir(broad.instruction()))
                || manifests.stream().filter(m -> m.endsWith("proj") || m.endsWith(".sln")).count() > 1) {
            return Fix.displayOnly(title);
        }
        String dest = broad.destination().text();
        String manifestDest = dest.endsWith("/") || dest.equals(".") ? (dest.equals(".") ? "./" : dest) : dest + "/";
        String nl = ctx.file().source().usesCrlf() ? "\r\n" : "\n";
        String prefix = broad.instruction().keyword().text() + " " + flags(ctx, broad);
        String text = prefix + String.join(" ", manifests) + " " + manifestDest + nl + "RUN " + fetchRun + nl;
        int at = Moves.block(ctx.file(), broad.instruction())[0];
        return new Fix(title, Fix.Safety.UNSAFE, List.of(Edit.insert(at, text)));
    }

    private static String flags(RuleContext ctx, SourceCopies.Transfer t) {
        StringBuilder flags = new StringBuilder();
        for (Flag f : t.flags()) {
            flags.append(sourceText(ctx, f)).append(' ');
        }
        return flags.toString();
    }

    private Fix fix(RuleContext ctx, List<Instruction> body, SourceCopies.Transfer broad, Run run,
                    List<String> manifests, Ecosystem e, ShellCommand install, ShellCommand usesSources) {
        String title = "Copy " + (manifests.isEmpty() ? String.join(" ", conventional(e, install))
                : String.join(" ", manifests)) + " first, install, then copy the rest";
        if (usesSources != null) {
            // moving the sources below this RUN would take them from `npm run build` and the like: only a person
            // can split the RUN (its later commands may rely on the shell state of the earlier ones)
            return Fix.displayOnly(title + "; split the RUN before `" + usesSources.program()
                    + "`, which needs the sources, and put the COPY of the rest between the two");
        }
        if (manifests.isEmpty() || broad.destination() == null || broad.execForm()) {
            return Fix.displayOnly(title);
        }
        int from = body.indexOf(broad.instruction());
        int to = body.indexOf(run);
        boolean onlyMetadataBetween = true;
        boolean runsBetween = false;
        for (Instruction i : body.subList(from + 1, to)) {
            if (i instanceof Run) {
                runsBetween = true;
            } else if (!(i instanceof Env || i instanceof Label || i instanceof Expose || i instanceof User
                    || i instanceof Arg)) {
                onlyMetadataBetween = false;
            }
        }
        if (!onlyMetadataBetween) {
            return Fix.displayOnly(title);
        }
        Fix.Safety safety = runsBetween || runsProjectScripts(ctx, e, manifests) ? Fix.Safety.UNSAFE : Fix.Safety.SAFE;
        String dest = broad.destination().text();
        String manifestDest = dest.endsWith("/") || dest.equals(".") ? (dest.equals(".") ? "./" : dest) : dest + "/";
        String nl = ctx.file().source().usesCrlf() ? "\r\n" : "\n";
        String prefix = broad.instruction().keyword().text() + " " + flags(ctx, broad);
        String narrow = prefix + String.join(" ", manifests) + " " + manifestDest;
        List<Edit> edits = new ArrayList<>();
        edits.add(Edit.replace(broad.instruction().span().start(), broad.instruction().span().end(), narrow));
        String rest = prefix + sourceText(ctx, broad.sources().get(0)) + " " + dest;
        int after = Moves.block(ctx.file(), run)[1];
        String src = ctx.file().source().text();
        String lead = after == src.length() && !src.endsWith("\n") ? nl : "";
        edits.add(Edit.insert(after, lead + rest + nl));
        return new Fix(title, safety, edits);
    }

    /**
     * The first command after the install in the same RUN that may read the
     * sources (a build, tests, a copy), or null when only cleanup follows.
     */
    private static ShellCommand usesSourcesAfter(List<ShellCommand> script, ShellCommand install) {
        boolean after = false;
        for (ShellCommand c : script) {
            if (c == install) {
                after = true;
            } else if (after && !c.program().isEmpty() && !isCleanup(c)) {
                return c;
            }
        }
        return null;
    }

    private static boolean isCleanup(ShellCommand c) {
        String p = c.program();
        if (p.equals("rm") || p.equals("true") || p.equals(":") || p.equals("echo") || p.equals("printf")) {
            return true;
        }
        String sub = c.subcommand();
        return sub.equals("cache") || sub.equals("store") || sub.equals("clean") || sub.equals("autoclean");
    }

    private static String sourceText(RuleContext ctx, Node node) {
        return ctx.file().source().slice(node.span());
    }

    /** The manifest and lock files of the ecosystem that exist in the copied folder, as COPY sources. */
    static List<String> manifests(BuildContext context, String folder, Ecosystem e) {
        List<String> found = new ArrayList<>();
        if (context == null) {
            return found;
        }
        String prefix = folder.equals(".") ? "" : folder + "/";
        for (String file : context.includedFiles()) {
            if (!file.startsWith(prefix)) {
                continue;
            }
            String rel = file.substring(prefix.length());
            for (String pattern : e.manifests()) {
                if (pattern.endsWith("/")) {
                    if (rel.startsWith(pattern) && !found.contains(prefix + pattern)) {
                        found.add(prefix + pattern);
                    }
                } else if (!rel.contains("/") && Glob.compile(pattern, Glob.Dialect.PATH_MATCH).matches(rel)
                        && !found.contains(prefix + rel)) {
                    found.add(prefix + rel);
                }
            }
        }
        return found;
    }

    /** The ecosystem's main manifest, and its lock file when that has a fixed name. */
    /**
     * The manifests to name when the context is not known: those the install
     * names itself ({@code nuget restore App.sln}, {@code dotnet restore
     * Orders/Orders.csproj}), then the ecosystem's first one or two.
     */
    private static List<String> conventional(Ecosystem e, ShellCommand install) {
        List<String> names = e.manifests().stream().filter(m -> !m.endsWith("/")).toList();
        List<String> out = new ArrayList<>();
        if (install != null) {
            for (ShellWord w : install.positionals(Ecosystem.valuedFlags(install.program()))) {
                String v = w.value();
                String base = v.substring(v.lastIndexOf('/') + 1);
                if (!w.dynamic() && !out.contains(v) && names.stream().anyMatch(m -> Glob.compile(m,
                        Glob.Dialect.PATH_MATCH).matches(base))) {
                    out.add(v);
                }
            }
        }
        if (!out.contains(names.get(0)) && out.stream().noneMatch(n -> Glob.compile(names.get(0),
                Glob.Dialect.PATH_MATCH).matches(n.substring(n.lastIndexOf('/') + 1)))) {
            out.add(names.get(0));
        }
        if (out.size() == 1 && out.get(0).equals(names.get(0)) && names.size() > 1 && !names.get(1).contains("*")
                && !names.get(0).contains("*")) {
            out.add(names.get(1));
        }
        return out;
    }

    /** npm-style lifecycle scripts run at install time and may need the sources. */
    private static boolean runsProjectScripts(RuleContext ctx, Ecosystem e, List<String> manifests) {
        if (e != Ecosystem.NPM && e != Ecosystem.YARN && e != Ecosystem.PNPM && e != Ecosystem.BUN) {
            return e == Ecosystem.PIP && manifests.stream().anyMatch(m -> m.startsWith("requirements")
                    && mentionsLocalPath(ctx, m));
        }
        for (String m : manifests) {
            if (m.endsWith("package.json")) {
                try {
                    String json = Files.readString(ctx.buildContext().root().resolve(m), StandardCharsets.UTF_8);
                    if (json.matches("(?s).*\"(preinstall|install|postinstall|prepare)\"\\s*:.*")) {
                        return true;
                    }
                } catch (IOException ex) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mentionsLocalPath(RuleContext ctx, String requirements) {
        try {
            for (String line : Files.readAllLines(ctx.buildContext().root().resolve(requirements))) {
                String l = line.strip();
                if (l.startsWith("-e") || l.startsWith(".") || l.startsWith("/") || l.startsWith("-r")
                        || l.startsWith("-c") || l.startsWith("file:")) {
                    return true;
                }
            }
            return false;
        } catch (IOException ex) {
            return true;
        }
    }
}
