package dev.layerlint.cache;

import dev.layerlint.ast.Run;
import dev.layerlint.model.ContainerPaths;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellScript;
import dev.layerlint.shell.ShellWord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a RUN writes into the image and what its written bytes depend on,
 * for a script made only of commands whose effect is fixed by their words:
 * {@code echo}, {@code printf}, {@code mkdir}, {@code cat}, {@code wc},
 * {@code ls} and the like, with literal paths and plain variables. Such a
 * RUN, rerun with the same text, the same values of the variables it
 * expands, the same user and shell, and nothing changed under the paths it
 * reads, writes the same bytes, so a {@code COPY --from} of them stays
 * cached (builders key it on the copied files' content: buildkit.md B.5,
 * observed on dockerd 20.10 and Docker 28.5 by the differential test).
 * For any other script (a package install, a compiler, a download, a
 * command substitution, {@code $RANDOM}) the effects are not known and a
 * rerun is taken to write new bytes everywhere.
 */
public record RunEffects(List<String> writes, List<String> reads, Set<String> variables) {
    /** Programs whose output is a function of their words and of the files they are given. */
    private static final Set<String> DETERMINED = Set.of("echo", "printf", "mkdir", "cat", "wc", "ls", "id", "true",
            ":", "test", "[", "pwd", "head", "tail", "sort");
    /** Of those, the ones that read the files named by their positional arguments (or the working directory). */
    private static final Set<String> READERS = Set.of("cat", "wc", "ls", "test", "[", "head", "tail", "sort");
    /** Shell variables whose value differs from one run to the next. */
    private static final Set<String> VOLATILE = Set.of("RANDOM", "SRANDOM", "SECONDS", "PPID", "BASHPID",
            "EPOCHSECONDS", "EPOCHREALTIME", "LINENO");
    private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\{[#!]?([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*)|([$!?#@*0-9-]))");
    private static final Set<String> DEVICES = Set.of("/dev/null", "/dev/stdout", "/dev/stderr", "/dev/tty");

    public RunEffects {
        writes = List.copyOf(writes);
        reads = List.copyOf(reads);
        variables = Set.copyOf(variables);
    }

    /**
     * The effects of {@code run}, running in {@code workdir}; null when its
     * script is not made only of such commands (or is not a POSIX script).
     * A RUN with mounts is known only when it writes nothing into the image
     * (what it reads from a cache or secret mount is not known).
     */
    public static RunEffects of(SemanticModel model, Run run, String workdir) {
        ShellScript script = model.script(run);
        if (script.commands().isEmpty() || script.skipsParts() || !script.isPosix()) {
            return null;
        }
        List<String> writes = new ArrayList<>();
        List<String> reads = new ArrayList<>();
        Set<String> variables = new LinkedHashSet<>();
        for (ShellCommand c : script.commands()) {
            if (!c.assignments().isEmpty() || !c.wrapperWords().isEmpty() || !DETERMINED.contains(c.program())) {
                return null;
            }
            for (ShellWord w : c.words()) {
                if (!variables(w.raw(), variables)) {
                    return null;
                }
            }
            List<ShellWord> args = c.positionals();
            if (c.program().equals("mkdir")) {
                for (ShellWord w : args) {
                    String path = path(workdir, w);
                    if (path == null) {
                        return null;
                    }
                    writes.add(path);
                }
            } else if (c.program().equals("id")) {
                reads.add("/etc");
            } else if (READERS.contains(c.program())) {
                if (args.isEmpty() && c.program().equals("ls")) {
                    reads.add(workdir);
                }
                for (ShellWord w : args) {
                    String path = path(workdir, w);
                    if (path == null) {
                        return null;
                    }
                    reads.add(path);
                }
            }
            for (ShellWord r : c.redirects()) {
                if (!variables(r.raw(), variables)) {
                    return null;
                }
                String op = r.raw().replaceFirst("^[0-9]*", "");
                if (op.startsWith("<<") || op.matches("[<>]&\\s*[0-9-]+")) {
                    continue; // a here-document, or a file descriptor copied: no file
                }
                String path = path(workdir, new ShellWord(r.value(), r.value(), r.start(), r.end(), false,
                        r.dynamic()));
                if (path == null) {
                    return null;
                }
                if (DEVICES.contains(path)) {
                    continue;
                }
                if (op.startsWith("<")) {
                    reads.add(path);
                } else {
                    writes.add(path);
                }
            }
        }
        if (!run.mounts().isEmpty() && !writes.isEmpty()) {
            return null;
        }
        return new RunEffects(writes, reads, variables);
    }

    /** Adds the variables a word expands; false when it expands something whose value is not known (a command). */
    private static boolean variables(String raw, Set<String> into) {
        if (raw.contains("$(") || raw.contains("`")) {
            return false;
        }
        Matcher m = VARIABLE.matcher(raw);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (name == null || VOLATILE.contains(name)) {
                return false; // $$, $!, ...: differ from run to run
            }
            into.add(name);
        }
        return true;
    }

    /**
     * The absolute path a word names, resolved against the working directory;
     * for a glob, the directory its matches are under. Null for a word whose
     * value is an expansion (not known here).
     */
    private static String path(String workdir, ShellWord w) {
        if (w.dynamic() || w.value().isEmpty()) {
            return null;
        }
        return w.quoted() ? ContainerPaths.join(workdir, w.value()) : ContainerPaths.globRoot(workdir, w.value());
    }
}
