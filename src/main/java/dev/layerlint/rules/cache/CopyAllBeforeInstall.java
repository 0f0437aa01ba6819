package dev.layerlint.rules.cache;

import dev.layerlint.ast.Arg;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.Expose;
import dev.layerlint.ast.Flag;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Label;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

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
        for (Stage stage : ctx.model().stages()) {
            List<Instruction> body = stage.instructions();
            for (int r = 0; r < body.size(); r++) {
                if (!(body.get(r) instanceof Run run)) {
                    continue;
                }
                Step step = cache.step(run);
                for (ShellCommand c : step.script().commands()) {
                    Ecosystem e = Ecosystem.installing(c);
                    if (e == null || e.isSystemPackageManager() || !Ecosystem.installsFromManifestOnly(c, e)) {
                        continue;
                    }
                    Copy broad = broadCopyBefore(ctx, cache, body, r);
                    if (broad != null) {
                        report(ctx, cache, body, broad, run, step.script().commands(), c, e);
                    }
                    break;
                }
            }
        }
    }

    /** The last COPY from the context before index {@code r} that selects a whole folder, if nothing narrower follows. */
    private static Copy broadCopyBefore(RuleContext ctx, CacheModel cache, List<Instruction> body, int r) {
        for (int k = r - 1; k >= 0; k--) {
            if (body.get(k) instanceof Copy copy && copy.flag("from") == null && copy.heredocs().isEmpty()) {
                List<String> sources = cache.sources(copy);
                if (sources.size() == 1 && isFolder(ctx.buildContext(), sources.get(0))) {
                    return copy;
                }
            }
        }
        return null;
    }

    private static boolean isFolder(BuildContext context, String source) {
        if (source.equals(".")) {
            return true;
        }
        if (source.indexOf('*') >= 0 || source.indexOf('?') >= 0) {
            return false;
        }
        return context != null && Files.isDirectory(context.root().resolve(source));
    }

    private void report(RuleContext ctx, CacheModel cache, List<Instruction> body, Copy broad, Run run,
                        List<ShellCommand> script, ShellCommand c, Ecosystem e) {
        String source = cache.sources(broad).get(0);
        List<String> manifests = manifests(ctx.buildContext(), source, e);
        String what = c.program() + " " + c.subcommand("-o", "-f", "--file");
        String shown = manifests.isEmpty() ? String.join(", ", conventional(e)) : String.join(", ", manifests);
        String message = "COPY " + broad.sources().get(0).text() + " (line " + broad.span().startLine()
                + ") before `" + what.strip() + "` (line " + run.span().startLine()
                + "): every source edit reinstalls all dependencies; the install needs only " + shown;
        Fix fix = fix(ctx, body, broad, run, manifests, e, usesSourcesAfter(script, c));
        Word first = broad.sources().get(0);
        ctx.report(first.span(), message, fix);
    }

    private Fix fix(RuleContext ctx, List<Instruction> body, Copy broad, Run run, List<String> manifests,
                    Ecosystem e, ShellCommand usesSources) {
        String title = "Copy " + (manifests.isEmpty() ? String.join(" ", conventional(e))
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
        int from = body.indexOf(broad);
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
        StringBuilder flags = new StringBuilder();
        for (Flag f : broad.flags()) {
            flags.append(sourceText(ctx, f)).append(' ');
        }
        String nl = ctx.file().source().usesCrlf() ? "\r\n" : "\n";
        String prefix = broad.keyword().text() + " " + flags;
        String narrow = prefix + String.join(" ", manifests) + " " + manifestDest;
        int[] copyLine = {broad.span().start(), broad.span().end()};
        List<Edit> edits = new ArrayList<>();
        edits.add(Edit.replace(copyLine[0], copyLine[1], narrow));
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
    private static List<String> conventional(Ecosystem e) {
        List<String> names = e.manifests().stream().filter(m -> !m.endsWith("/")).toList();
        List<String> out = new ArrayList<>(List.of(names.get(0)));
        if (names.size() > 1 && !names.get(1).contains("*") && !names.get(0).contains("*")) {
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
