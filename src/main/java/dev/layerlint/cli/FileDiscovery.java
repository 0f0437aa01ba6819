package dev.layerlint.cli;

import dev.layerlint.pipeline.PipelineReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds Dockerfiles and known CI pipeline files (azure-pipelines*.yml,
 * .github/workflows/*.yml, .gitlab-ci.yml and files under .gitlab/, and any
 * other YAML file whose text is an Azure Pipelines file or template) under a
 * directory, in a stable (sorted) order.
 */
public final class FileDiscovery {
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "node_modules", "target");

    private FileDiscovery() {
    }

    /**
     * Whether a file name is a Dockerfile: {@code Dockerfile}, {@code Dockerfile.*},
     * {@code *.Dockerfile}, {@code Containerfile}, {@code Containerfile.*} (any case),
     * but not the per-Dockerfile ignore files {@code *.dockerignore}.
     */
    public static boolean isDockerfileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".dockerignore")) {
            return false;
        }
        return n.equals("dockerfile") || n.startsWith("dockerfile.") || n.endsWith(".dockerfile")
                || n.equals("containerfile") || n.startsWith("containerfile.");
    }

    /** YAML files larger than this are not read to see whether they are pipelines. */
    private static final long MAX_SNIFFED = 1 << 20;

    /** A YAML file whose name says nothing but whose text is an Azure Pipelines file or template. */
    static boolean azureByText(Path file, BasicFileAttributes attrs) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".yml") || name.endsWith(".yaml")) || attrs.size() > MAX_SNIFFED) {
            return false;
        }
        try {
            return PipelineReader.isAzureByText(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false; // unreadable: not found here (given by path, it gets its error)
        }
    }

    /** Dockerfiles and pipeline files under {@code dir}, sorted by path; {@code .git}, {@code node_modules}, {@code target} skipped. */
    public static List<Path> find(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                Path name = d.getFileName();
                if (!d.equals(dir) && name != null && SKIPPED_DIRS.contains(name.toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && (isDockerfileName(file.getFileName().toString())
                        || PipelineReader.platformByPath(dir.relativize(file).toString()) != null
                        || azureByText(file, attrs))) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort((a, b) -> a.toString().compareTo(b.toString()));
        return found;
    }
}
