package dev.layerlint.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.Arrays;
import java.util.List;

/** A unified diff of a file before and after fixing, for {@code --diff}. */
public final class UnifiedDiff {
    private UnifiedDiff() {
    }

    public static String of(String path, String before, String after) {
        List<String> a = Arrays.asList(before.split("\r?\n", -1));
        List<String> b = Arrays.asList(after.split("\r?\n", -1));
        Patch<String> patch = DiffUtils.diff(a, b);
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(path, path + " (fixed)", a, patch, 3);
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
