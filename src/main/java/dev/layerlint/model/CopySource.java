package dev.layerlint.model;

import dev.layerlint.ast.Instruction;
import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's COPY/ADD source matcher: which context paths one local source
 * (after variable expansion) selects. The pattern syntax is {@link Glob}'s.
 * <ul>
 * <li>The source is taken from the context root: it is joined to {@code /}
 *     and cleaned ({@code dockerfile2llb/convert_copy.go}; research
 *     buildkit.md A.9), so {@code ./app}, {@code /app}, {@code app/} and
 *     {@code ../app} all name {@code app}, and {@code .} or {@code /} the
 *     whole context ({@link #path()} is then {@code "."}).</li>
 * <li>Without wildcards it selects that path and, for a directory,
 *     everything below it (the directory's contents are copied).</li>
 * <li>With wildcards (an unescaped {@code *}, {@code ?} or {@code [}) it
 *     selects every path that Go's {@code path.Match} matches as a whole,
 *     and everything below a matched directory ({@code fsutil/copy}
 *     {@code ResolveWildcards} walks the context and stops at a matched
 *     directory; the checksum in {@code cache/contenthash} selects the same
 *     way). {@code *} never crosses {@code /} and {@code **} is just
 *     {@code *}: {@code COPY **}{@code /*.go} takes {@code cmd/main.go} but
 *     neither {@code main.go} nor {@code cmd/x/main.go}.</li>
 * <li>{@code COPY --parents} hands the source to fsutil as an include
 *     pattern instead, with patternmatcher's syntax, where {@code **} crosses
 *     directories; its {@code /./} pivot only changes the destination.</li>
 * <li>{@code --exclude=PATTERN} (Docker 28's frontend) leaves out the
 *     paths it matches, with patternmatcher's syntax ({@code **} crosses
 *     directories, a matched directory excludes what is below it), relative
 *     to the source: to a source directory, or to each match of a wildcard
 *     source (fsutil copies each match with the same patterns). Observed on
 *     Docker 28.5: an edit or an addition of an excluded file keeps the COPY
 *     cached.</li>
 * <li>On Windows (a Windows base image, or a file with the backtick escape)
 *     {@code \} separates directories; elsewhere it escapes the next
 *     character.</li>
 * </ul>
 */
public final class CopySource {
    private final String path;
    private final Glob glob;
    private final List<Glob> excludes;

    private CopySource(String path, Glob glob) {
        this(path, glob, List.of());
    }

    private CopySource(String path, Glob glob, List<Glob> excludes) {
        this.path = path;
        this.glob = glob;
        this.excludes = List.copyOf(excludes);
    }

    /** This source with the {@code --exclude} patterns of its instruction (already expanded). */
    public CopySource excluding(List<String> patterns) {
        if (patterns.isEmpty()) {
            return this;
        }
        List<Glob> globs = new ArrayList<>();
        for (String p : patterns) {
            String cleaned = Glob.clean(p);
            globs.add(Glob.compile(cleaned.startsWith("/") ? cleaned.substring(1) : cleaned,
                    Glob.Dialect.PATTERN_MATCHER));
        }
        return new CopySource(path, glob, globs);
    }

    /**
     * One expanded source word.
     *
     * @param windowsPaths {@code \} is a separator (see {@link #windowsPaths})
     * @param parents      the instruction has {@code --parents}
     */
    public static CopySource of(String source, boolean windowsPaths, boolean parents) {
        String path = contextPath(source, windowsPaths);
        if (!Glob.hasWildcards(path)) {
            return new CopySource(path, null);
        }
        return new CopySource(path, Glob.compile(path, parents ? Glob.Dialect.PATTERN_MATCHER
                : Glob.Dialect.PATH_MATCH));
    }

    /** A path that is never a pattern (a bind mount's {@code source}): it and what is below it. */
    public static CopySource literal(String source, boolean windowsPaths) {
        return new CopySource(contextPath(source, windowsPaths), null);
    }

    /** Whether {@code \} separates directories in the paths of this instruction. */
    public static boolean windowsPaths(SemanticModel model, Instruction at) {
        Stage stage = model.stageOf(at);
        return model.file().escapeChar() == '`' || stage != null && stage.isWindows();
    }

    private static String contextPath(String source, boolean windowsPaths) {
        return Glob.contextPath(windowsPaths ? source.replace('\\', '/') : source);
    }

    /** The context path or pattern, cleaned: {@code "."} is the whole context. */
    public String path() {
        return path;
    }

    public boolean isWholeContext() {
        return path.equals(".");
    }

    public boolean hasWildcards() {
        return glob != null;
    }

    /** Whether this source copies a context path (relative to the root, with {@code /}). */
    public boolean selects(String contextPath) {
        String p = Glob.contextPath(contextPath);
        String root; // the copied item the path is in: the source, or the match of a wildcard source
        if (glob == null) {
            if (!(isWholeContext() || p.equals(path) || p.startsWith(path) && p.length() > path.length()
                    && p.charAt(path.length()) == '/')) {
                return false;
            }
            root = isWholeContext() ? "" : path;
        } else {
            root = matchedAncestor(p);
            if (root == null) {
                return false;
            }
        }
        if (excludes.isEmpty() || p.equals(root)) {
            return true;
        }
        String below = root.isEmpty() ? p : p.substring(root.length() + 1);
        for (Glob exclude : excludes) {
            if (exclude.matchesSelfOrParent(below)) {
                return false;
            }
        }
        return true;
    }

    /** The path itself or its nearest parent directory that the wildcard source matches, or null. */
    private String matchedAncestor(String p) {
        for (int slash = p.indexOf('/'); slash > 0; slash = p.indexOf('/', slash + 1)) {
            if (glob.matches(p.substring(0, slash))) {
                return p.substring(0, slash);
            }
        }
        return glob.matches(p) ? p : null;
    }
}
