package dev.layerlint.model;

import java.util.ArrayList;
import java.util.List;

/** Absolute POSIX paths inside an image: resolving one against a directory, and whether one is under another. */
public final class ContainerPaths {
    private ContainerPaths() {
    }

    /** {@code rel} resolved against the absolute directory {@code base}, cleaned ({@code .}, {@code ..}, slashes). */
    public static String join(String base, String rel) {
        String p = rel.startsWith("/") ? rel : base + "/" + rel;
        List<String> parts = new ArrayList<>();
        for (String seg : p.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(seg);
            }
        }
        return "/" + String.join("/", parts);
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
