package dev.layerlint.model;

/** Absolute POSIX paths inside an image: resolving one against a directory, and whether one is under another. */
public final class ContainerPaths {
    private ContainerPaths() {
    }

    /** {@code rel} resolved against the absolute directory {@code base}, cleaned ({@code .}, {@code ..}, slashes). */
    public static String join(String base, String rel) {
        return Glob.clean(rel.startsWith("/") ? rel : base + "/" + rel);
    }

    /**
     * The directory every match of {@code pattern} (resolved against {@code base}) is under: the pattern up to
     * the directory before its first unescaped {@code *}, {@code ?} or {@code [}; the path itself without one.
     */
    public static String globRoot(String base, String pattern) {
        for (int k = 0; k < pattern.length(); k++) {
            char c = pattern.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '*' || c == '?' || c == '[') {
                return join(base, pattern.substring(0, pattern.lastIndexOf('/', k) + 1));
            }
        }
        return join(base, pattern);
    }

    /** Whether {@code path} is {@code dir} or inside it. */
    public static boolean under(String path, String dir) {
        return path.equals(dir) || dir.equals("/") || path.startsWith(dir.endsWith("/") ? dir : dir + "/");
    }

    /** Whether one of two paths is the other or inside it: what is written at one can be read at the other. */
    public static boolean overlap(String a, String b) {
        return under(a, b) || under(b, a);
    }
}
