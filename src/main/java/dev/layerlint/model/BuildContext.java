package dev.layerlint.model;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The build context: a directory, its {@code .dockerignore} (or the
 * Dockerfile's own {@code <Dockerfile>.dockerignore}), and the files that
 * reach the builder. Paths are relative, with {@code /}.
 */
public final class BuildContext {
    /** Walking stops here: a context this large is reported as such, not listed. */
    static final int MAX_FILES = 200_000;

    private final Path root;
    private final DockerIgnore ignore;
    private final Path ignoreFile;
    private List<String> files;
    private List<String> directories;

    private BuildContext(Path root, DockerIgnore ignore, Path ignoreFile) {
        this.root = root;
        this.ignore = ignore;
        this.ignoreFile = ignoreFile;
    }

    /**
     * The context rooted at {@code root} for a Dockerfile at {@code dockerfile}
     * (which may be null): {@code <Dockerfile>.dockerignore} beside the
     * Dockerfile wins over {@code .dockerignore} at the root, as in BuildKit.
     */
    public static BuildContext of(Path root, Path dockerfile) throws IOException {
        Path ignoreFile = null;
        if (dockerfile != null) {
            Path own = dockerfile.resolveSibling(dockerfile.getFileName() + ".dockerignore");
            if (Files.isRegularFile(own)) {
                ignoreFile = own;
            }
        }
        if (ignoreFile == null && Files.isRegularFile(root.resolve(".dockerignore"))) {
            ignoreFile = root.resolve(".dockerignore");
        }
        DockerIgnore ignore = ignoreFile == null ? DockerIgnore.none()
                : DockerIgnore.parse(Files.readString(ignoreFile));
        return new BuildContext(root, ignore, ignoreFile);
    }

    public Path root() {
        return root;
    }

    public DockerIgnore ignore() {
        return ignore;
    }

    /** The ignore file in use, or null when there is none. */
    public Path ignoreFile() {
        return ignoreFile;
    }

    public boolean isIgnored(String relativePath) {
        return ignore.isExcluded(relativePath);
    }

    /** Every file of the context directory (ignored ones included), sorted; walked once. */
    public synchronized List<String> allFiles() {
        if (files == null) {
            List<String> found = new ArrayList<>();
            List<String> dirs = new ArrayList<>();
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!dir.equals(root)) {
                            dirs.add(root.relativize(dir).toString().replace('\\', '/'));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (found.size() >= MAX_FILES) {
                            return FileVisitResult.TERMINATE;
                        }
                        found.add(root.relativize(file).toString().replace('\\', '/'));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // an unreadable context is treated as empty; rules then say less, never something wrong
            }
            found.sort(String::compareTo);
            dirs.sort(String::compareTo);
            files = List.copyOf(found);
            directories = List.copyOf(dirs);
        }
        return files;
    }

    /**
     * The directories of the context that are not ignored, sorted: they reach
     * the builder even when empty, and a {@code COPY .} copies them (an empty
     * directory left by a deleted file rebuilds it: observed on Docker 28.5
     * by the differential test).
     */
    public synchronized List<String> includedDirectories() {
        allFiles();
        return directories.stream().filter(d -> !isIgnored(d)).toList();
    }

    /** The files that reach the builder (not ignored). */
    public List<String> includedFiles() {
        return allFiles().stream().filter(f -> !isIgnored(f)).toList();
    }

    public boolean exists(String relativePath) {
        return Files.exists(root.resolve(relativePath));
    }
}
