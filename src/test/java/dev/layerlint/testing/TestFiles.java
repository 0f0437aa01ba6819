package dev.layerlint.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** File helpers the tests share. */
public final class TestFiles {
    private TestFiles() {
    }

    /** Copies a folder and everything below it, modes and times kept, replacing files that exist. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /**
     * The rows of a tab-separated table (UTF-8): blank lines and {@code #} comments skipped, the first other
     * line taken as the header and dropped; every row must have {@code columns} fields.
     */
    public static List<String[]> tableRows(Path table, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] row = line.split("\t", -1);
            if (row.length != columns) {
                throw new AssertionError(table + ": " + columns + " columns expected, " + row.length + " in: " + line);
            }
            rows.add(row);
        }
        return rows;
    }
}
