package dev.layerlint.model;

import dev.layerlint.ast.Instruction;

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
 * <li>On Windows (a Windows base image, or a file with the backtick escape)
 *     {@code \} separates directories; elsewhere it escapes the next
 *     character.</li>
 * </ul>
 */
public final class CopySource {
    private final String path;
    private final Glob glob;

    private CopySource(String path, Glob glob) {
        this.path = path;
        this.glob = glob;
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
        if (glob == null) {
            return isWholeContext() || p.equals(path) || p.startsWith(path) && p.length() > path.length()
                    && p.charAt(path.length()) == '/';
        }
        return glob.matchesSelfOrParent(p);
    }
}
