package dev.layerlint.pipeline;

import dev.layerlint.cache.Builder;
import dev.layerlint.cache.CacheModel;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.parser.ParseResult;
import dev.layerlint.parser.Parser;
import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A build linked to the Dockerfile it builds: the path resolved from the
 * build's {@code -f}/{@code file}/{@code Dockerfile} and context, relative to
 * the repository root (CI prefixes such as {@code $(Build.SourcesDirectory)/},
 * {@code ${{ github.workspace }}/} and {@code $CI_PROJECT_DIR/} are the root),
 * and that Dockerfile parsed with its cache model. Null when the path is built
 * from variables the file does not resolve, or no such file exists.
 */
public record DockerfileLink(Path path, String display, SemanticModel model, CacheModel cache) {
    private static final Pattern ROOT_PREFIX = Pattern.compile("^(?:\\$\\(Build\\.SourcesDirectory\\)|"
            + "\\$\\(System\\.DefaultWorkingDirectory\\)|\\$\\(Build\\.Repository\\.LocalPath\\)|"
            + "\\$\\(Pipeline\\.Workspace\\)/s|\\$\\{\\{\\s*github\\.workspace\\s*}}|\\$\\{?GITHUB_WORKSPACE}?|"
            + "\\$\\{?CI_PROJECT_DIR}?|\\$\\{?BUILD_SOURCESDIRECTORY}?)/?");

    /** The Dockerfile path a build names, relative to the repository root, or null when it is not a literal path. */
    public static String relativePath(Build b) {
        String file = b.dockerfile == null ? null : strip(b.dockerfile);
        String context = b.context == null ? null : strip(b.context);
        if (b.bake || context != null && (context.contains("://") || context.startsWith("git@"))) {
            return null;
        }
        if (file != null && (dynamic(file) || file.contains("*"))) {
            return null;
        }
        if (context != null && dynamic(context)) {
            return null;
        }
        String base = context == null || context.equals(".") || context.isEmpty() ? "" : context + "/";
        if (file == null) {
            if (b.engine == Build.Engine.KANIKO || b.tool.startsWith("Docker@")) {
                return null;
            }
            return base + "Dockerfile";
        }
        // docker build resolves -f against the working directory; the actions and tasks against the repository
        return file;
    }

    /**
     * The build context a build names, relative to the repository root ({@code .} when it names none or the
     * root), or null when it is built from variables or is no folder (a git URL).
     */
    public static String contextPath(Build b) {
        String context = b.context == null ? null : strip(b.context);
        if (context == null) {
            return ".";
        }
        return dynamic(context) || context.contains("://") || context.startsWith("git@") ? null : context;
    }

    private static boolean dynamic(String s) {
        return s.contains("$") || s.contains("{{");
    }

    private static String strip(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            t = t.substring(1, t.length() - 1);
        }
        t = ROOT_PREFIX.matcher(t).replaceFirst("");
        while (t.startsWith("./")) {
            t = t.substring(2);
        }
        return t.isEmpty() ? "." : t;
    }

    /**
     * The folders a pipeline's relative paths may be relative to, most likely first: for a workflow under
     * {@code .github/} (or a file under {@code .gitlab/}) the folder above it; otherwise the pipeline's own
     * folder and each folder above it up to the repository root (the nearest with {@code .git}): templates
     * in a sub-folder name paths from the root.
     */
    public static List<Path> roots(Path pipelineFile) {
        Path abs = pipelineFile.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        // asked for every pipeline and build of a run, and each asks the file system for .git in every folder up
        // to the root: once per folder and run (a folder is not made a repository while layerlint reads it)
        return dir == null ? List.of() : ROOTS.computeIfAbsent(dir, d -> rootsOf(abs));
    }

    private static final Map<Path, List<Path>> ROOTS = new ConcurrentHashMap<>();

    private static List<Path> rootsOf(Path abs) {
        List<Path> out = new ArrayList<>();
        for (Path d = abs.getParent(); d != null; d = d.getParent()) {
            Path name = d.getFileName();
            if (name != null && (name.toString().equals(".github") || name.toString().equals(".gitlab"))) {
                return List.of(d.getParent());
            }
        }
        for (Path d = abs.getParent(); d != null; d = d.getParent()) {
            out.add(d);
            if (Files.exists(d.resolve(".git"))) {
                break;
            }
        }
        return List.copyOf(out);
    }

    /**
     * The repository a pipeline file belongs to: the folder above {@code .github/} or {@code .gitlab/}, else the
     * nearest folder with {@code .git}; null when neither is found (a loose file: no repository to read with it).
     */
    public static Path repository(Path pipelineFile) {
        List<Path> roots = roots(pipelineFile);
        if (roots.isEmpty()) {
            return null;
        }
        Path last = roots.get(roots.size() - 1);
        return isCiFolder(pipelineFile) || Files.exists(last.resolve(".git")) ? last : null;
    }

    private static boolean isCiFolder(Path pipelineFile) {
        for (Path d = pipelineFile.toAbsolutePath().normalize().getParent(); d != null; d = d.getParent()) {
            Path name = d.getFileName();
            if (name != null && (name.toString().equals(".github") || name.toString().equals(".gitlab"))) {
                return true;
            }
        }
        return false;
    }

    /** Links a build to its Dockerfile under the first of {@code roots} where the path exists, or null. */
    public static DockerfileLink of(Build b, List<Path> roots, Map<Path, DockerfileLink> memo) {
        String rel = relativePath(b);
        if (rel == null) {
            return null;
        }
        for (Path root : roots) {
            Path path = root.resolve(rel).normalize();
            if (!path.startsWith(root) || !Files.isRegularFile(path)) {
                continue;
            }
            if (memo.containsKey(path)) {
                return memo.get(path);
            }
            DockerfileLink link = null;
            try {
                ParseResult parse = Parser.parse(SourceLoader.load(path, rel));
                if (!parse.dockerfile().instructions().isEmpty()) {
                    SemanticModel model = SemanticModel.build(parse.dockerfile(), Map.of(), b.target);
                    link = new DockerfileLink(path, rel, model, CacheModel.build(model, Builder.BUILDKIT, null));
                }
            } catch (InputException | RuntimeException e) {
                link = null; // an unreadable Dockerfile is reported when it is checked itself
            }
            memo.put(path, link);
            return link;
        }
        return null;
    }

    /** The Dockerfiles under a repository root, at most {@code depth} folders down (for {@code **}/Dockerfile). */
    static List<Path> find(Path root, int depth) {
        try (Stream<Path> s = Files.walk(root, depth)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).equals("dockerfile")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
