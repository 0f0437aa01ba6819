package dev.layerlint.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the formats read by code hosts name a file. People and editors get the
 * path as it was given (text, gnu, json, checkstyle, junit); GitLab and
 * GitHub place a result only by a path relative to the repository; SARIF
 * wants a URI: an absolute input as a {@code file:} URI, a relative one
 * relative to {@code %SRCROOT%}, the repository root (docs/integrations.md).
 *
 * <p>The repository root is the nearest folder at or above the working
 * directory holding {@code .git} (a directory, or the file of a worktree or
 * submodule), else the working directory: found by looking at the parents,
 * not by running git, and only when a format asks.
 */
public final class ReportPaths {
    /** The base id SARIF consumers (GitHub code scanning among them) know for the source root. */
    public static final String SRCROOT = "%SRCROOT%";

    private final Path workingDir;
    private Path root;
    private final Map<Path, Optional<Path>> gitTopLevels = new HashMap<>();

    public ReportPaths(Path workingDir) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
    }

    /** Paths of the current process's working directory. */
    public static ReportPaths current() {
        return new ReportPaths(Path.of(""));
    }

    /** The git top level of the working directory, else the working directory. */
    public synchronized Path root() {
        if (root == null) {
            Path top = gitTopLevel(workingDir);
            root = top != null ? top : workingDir;
        }
        return root;
    }

    /**
     * The path of a report relative to its repository, with {@code /}: relative
     * to the root when the file is under it; else to the git top level of the
     * file's own folder (a run from outside the repository); else the absolute
     * path. An input without a file keeps its display name.
     */
    public String repositoryRelative(FileReport r) {
        Path file = r.file();
        if (file == null) {
            return r.path();
        }
        Path base = root();
        if (!file.startsWith(base) || file.equals(base)) {
            Path parent = file.getParent();
            base = parent == null ? null : cachedGitTopLevel(parent);
        }
        if (base == null || !file.startsWith(base) || file.equals(base)) {
            return slashes(file.toString());
        }
        return slashes(base.relativize(file).toString());
    }

    /**
     * A SARIF artifactLocation's {@code uri} and {@code uriBaseId} (null when
     * the URI is absolute or the input has no file).
     */
    public SarifUri sarif(FileReport r) {
        Path file = r.file();
        if (file == null) {
            return new SarifUri(encode(slashes(r.path()), false), null);
        }
        Path base = root();
        if (!Path.of(r.path()).isAbsolute() && file.startsWith(base) && !file.equals(base)) {
            return new SarifUri(encode(slashes(base.relativize(file).toString()), false), SRCROOT);
        }
        return new SarifUri(fileUri(file), null);
    }

    /** A URI and the base it is relative to (null: none). */
    public record SarifUri(String uri, String uriBaseId) {
    }

    /** The absolute {@code file:} URI of the root, ending with a slash (what originalUriBaseIds requires). */
    public String rootUri() {
        String uri = fileUri(root());
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /**
     * {@code file:///a/b%20c/d}: an absolute path as a file URI (RFC 8089),
     * every byte outside the unreserved characters percent-encoded as UTF-8
     * (RFC 3986 section 2), a Windows drive kept as {@code /C:/}.
     */
    public static String fileUri(Path absolute) {
        String p = slashes(absolute.toString());
        if (p.startsWith("//")) {
            return "file:" + encode(p, true); // a UNC path: //server/share/...
        }
        if (!p.startsWith("/")) {
            p = "/" + p; // C:/x -> /C:/x
        }
        return "file://" + encode(p, true);
    }

    /** Percent-encodes all but unreserved characters and {@code /} (and a drive letter's colon in an absolute path). */
    static String encode(String path, boolean absolute) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean unreserved = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
                    || b == '-' || b == '.' || b == '_' || b == '~' || b == '/';
            boolean drive = absolute && b == ':' && i == 2 && bytes[0] == '/' && Character.isLetter(bytes[1])
                    && (bytes.length == 3 || bytes[3] == '/');
            if (unreserved || drive) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }

    private synchronized Path cachedGitTopLevel(Path dir) {
        return gitTopLevels.computeIfAbsent(dir, d -> Optional.ofNullable(gitTopLevel(d))).orElse(null);
    }

    /** The nearest folder at or above {@code dir} that holds {@code .git}, or null. */
    static Path gitTopLevel(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return null;
    }
}
