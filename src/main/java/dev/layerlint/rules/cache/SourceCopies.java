package dev.layerlint.rules.cache;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Flag;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Run;
import dev.layerlint.ast.Word;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.cache.Ecosystem;
import dev.layerlint.model.BuildContext;
import dev.layerlint.model.ContainerPaths;
import dev.layerlint.model.CopySource;
import dev.layerlint.model.Glob;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.model.Stage;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * What CA002 and CA008 share: where a RUN's command runs (WORKDIR, then
 * {@code cd} in the same RUN), which manifest an install reads there (the
 * paths given to the command, else its ecosystem's manifest in the working
 * directory), and whether a COPY/ADD from the context brings in the sources
 * along with that manifest (the whole context, or a folder holding both).
 */
final class SourceCopies {
    /** A COPY or a local ADD, seen the same way (ADD of local files behaves like COPY). */
    record Transfer(Instruction instruction, List<Flag> flags, List<Word> sources, Word destination,
                    boolean execForm) {
        static Transfer of(Instruction i) {
            if (i instanceof Copy c && c.flag("from") == null && c.heredocs().isEmpty()) {
                return new Transfer(c, c.flags(), c.sources(), c.destination(), c.execForm());
            }
            if (i instanceof Add a && a.heredocs().isEmpty() && a.flag("checksum") == null
                    && a.sources().stream().noneMatch(w -> w.text().contains("://") || w.text().startsWith("git@"))) {
                return new Transfer(a, a.flags(), a.sources(), a.destination(), a.execForm());
            }
            return null;
        }
    }

    /** What an install reads: a manifest file in {@code dir}, or (name null) the manifests of {@code dir}. */
    record Manifest(String dir, String name) {
    }

    private final SemanticModel model;
    private final CacheModel cache;
    private final BuildContext context;

    SourceCopies(SemanticModel model, CacheModel cache, BuildContext context) {
        this.model = model;
        this.cache = cache;
        this.context = context;
    }

    /** The working directory an instruction runs in (an unknown base image's is taken as {@code /}). */
    String workdir(Instruction i) {
        return model.workdir(i);
    }

    /** The directory a command of a RUN runs in: the WORKDIR, moved by each {@code cd} before it in the script. */
    String cwd(Instruction run, List<ShellCommand> script, ShellCommand command) {
        String wd = workdir(run);
        for (ShellCommand c : script) {
            if (c == command) {
                break;
            }
            if (c.isProgram("cd") && c.positionals().size() == 1 && !c.positionals().get(0).value().equals("-")) {
                wd = join(wd, c.positionals().get(0).value());
            }
        }
        return wd;
    }

    /** The manifests an install or a build reads, from the paths given to it or its working directory. */
    static List<Manifest> manifests(ShellCommand c, Ecosystem e, String cwd) {
        List<Manifest> out = new ArrayList<>();
        String dir = cwd;
        String moved = c.flagValue("--prefix", "--cwd", "-C", "--working-dir", "-d", "--dir");
        if (moved != null && e != Ecosystem.PIP) {
            dir = join(cwd, moved);
        }
        if (e == Ecosystem.PIP) {
            List<ShellWord> args = c.args();
            for (int k = 0; k + 1 < args.size(); k++) {
                String v = args.get(k).value();
                if (v.equals("-r") || v.equals("--requirement") || v.equals("-c") || v.equals("--constraint")) {
                    out.add(file(cwd, args.get(k + 1).value()));
                } else if (v.startsWith("--requirement=")) {
                    out.add(file(cwd, v.substring("--requirement=".length())));
                }
            }
            return out;
        }
        if (e == Ecosystem.DOTNET || e == Ecosystem.MAVEN || e == Ecosystem.CARGO || e == Ecosystem.CONDA) {
            String named = e == Ecosystem.MAVEN ? c.flagValue("-f", "--file")
                    : e == Ecosystem.CARGO ? c.flagValue("--manifest-path")
                    : e == Ecosystem.CONDA ? c.flagValue("-f", "--file") : null;
            if (e == Ecosystem.DOTNET) {
                for (ShellWord w : c.positionals("-c", "--configuration", "-o", "--output", "-r", "--runtime", "-a",
                        "--arch", "-f", "--framework", "-s", "--source", "-p", "-v", "--verbosity",
                        "-SolutionDirectory", "-PackagesDirectory", "-ConfigFile", "-Source")) {
                    String v = w.value();
                    if (v.endsWith(".csproj") || v.endsWith(".fsproj") || v.endsWith(".vbproj") || v.endsWith(".sln")
                            || v.endsWith(".slnx")) {
                        named = v;
                    }
                }
            }
            if (named != null) {
                out.add(file(cwd, named));
                return out;
            }
        }
        String conventional = null;
        for (String m : e.manifests()) {
            if (!m.endsWith("/") && !Glob.hasWildcards(m)) {
                conventional = m;
                break;
            }
        }
        out.add(new Manifest(dir, e == Ecosystem.DOTNET ? null : conventional));
        return out;
    }

    private static Manifest file(String cwd, String path) {
        String p = join(cwd, path);
        int slash = p.lastIndexOf('/');
        return new Manifest(slash <= 0 ? "/" : p.substring(0, slash), p.substring(slash + 1));
    }

    /**
     * Whether this COPY/ADD brings in sources together with what the install
     * reads: it copies the whole context, or a folder of the context that
     * holds more than manifest files, or (when the context does not say) a
     * folder whose copy is where the install finds its manifest.
     */
    boolean bringsSources(Transfer t, Ecosystem e, Manifest read) {
        List<CopySource> sources = cache.copySources(t.instruction());
        for (int k = 0; k < sources.size() && k < t.sources().size(); k++) {
            CopySource s = sources.get(k);
            if (s.isWholeContext()) {
                return true;
            }
            if (s.hasWildcards()) {
                continue;
            }
            String name = s.path().substring(s.path().lastIndexOf('/') + 1);
            if (isManifest(name, e, true)) {
                continue;
            }
            Boolean known = holdsSources(s.path());
            if (known != null) {
                if (known) {
                    return true;
                }
                continue;
            }
            if (read == null || t.destination() == null) {
                continue;
            }
            String raw = t.sources().get(k).text();
            boolean folderLike = raw.endsWith("/") || raw.endsWith("/.") || !name.contains(".");
            String dest = join(workdir(t.instruction()), expand(t.instruction(), t.destination().text()));
            if (folderLike && under(read.dir(), dest) && (read.name() == null || !read.name().equals(name)
                    || !read.dir().equals(dest))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the COPY/ADD at {@code body[k]} copies sources: the whole
     * context, a folder of the context with more than manifests, or a folder
     * that a later install or build of the stage finds its manifest in.
     */
    boolean copiesSources(List<Instruction> body, int k) {
        Transfer t = Transfer.of(body.get(k));
        if (t == null) {
            return false;
        }
        for (CopySource s : cache.copySources(t.instruction())) {
            if (s.isWholeContext() || !s.hasWildcards() && Boolean.TRUE.equals(holdsSources(s.path()))) {
                return true;
            }
        }
        for (int r = k + 1; r < body.size(); r++) {
            if (body.get(r) instanceof Run run) {
                List<ShellCommand> script = cache.step(run).script().commands();
                for (ShellCommand c : script) {
                    Ecosystem e = Ecosystem.installing(c);
                    if (e == null || e.isSystemPackageManager() || !Ecosystem.installsFromManifestOnly(c, e)
                            && !Ecosystem.fetchesOwnDependencies(c, e)) {
                        continue;
                    }
                    for (Manifest m : manifests(c, e, cwd(run, script, c))) {
                        if (bringsSources(t, e, m)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The destination of a COPY/ADD, its variables expanded. */
    String expandedDestination(Transfer t) {
        return expand(t.instruction(), t.destination().text());
    }

    /** Whether the context holds this path as a folder with files that are not manifests; null when it does not say. */
    Boolean holdsSources(String path) {
        if (context == null || !Files.isDirectory(context.root().resolve(path))) {
            return null;
        }
        String prefix = path + "/";
        for (String f : context.includedFiles()) {
            if (f.startsWith(prefix)) {
                String rel = f.substring(prefix.length());
                boolean manifest = false;
                for (Ecosystem e : Ecosystem.values()) {
                    manifest |= isManifest(rel, e, false);
                }
                if (!manifest) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a name (a file, or with {@code folder} also a folder) is one of the ecosystem's manifests. */
    static boolean isManifest(String rel, Ecosystem e, boolean folder) {
        for (String pattern : e.manifests()) {
            if (pattern.endsWith("/")) {
                if (rel.startsWith(pattern) || folder && rel.equals(pattern.substring(0, pattern.length() - 1))) {
                    return true;
                }
            } else if (!rel.contains("/") && Glob.compile(pattern, Glob.Dialect.PATH_MATCH).matches(rel)) {
                return true;
            }
        }
        return false;
    }

    private String expand(Instruction at, String word) {
        String v = model.expand(at, word).value();
        return v == null ? word : v;
    }

    static boolean under(String path, String dir) {
        return ContainerPaths.under(path, dir);
    }

    /** {@code rel} resolved against the absolute directory {@code base}, cleaned. */
    static String join(String base, String rel) {
        return ContainerPaths.join(base, rel);
    }
}
