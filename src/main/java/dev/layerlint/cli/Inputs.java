package dev.layerlint.cli;

import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.source.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Turns command-line paths into inputs: files, directories searched for Dockerfiles, or {@code -} for stdin. */
final class Inputs {
    /**
     * One input; {@code file} is null for standard input; {@code walked} is the directory given on the command
     * line whose walk found it (null for a file given by path or standard input).
     */
    record Input(String displayPath, Path file, InputException problem, Path walked) {
        Input(String displayPath, Path file, InputException problem) {
            this(displayPath, file, problem, null);
        }
    }

    private Inputs() {
    }

    static List<Input> resolve(List<String> paths, String stdinName) {
        List<Input> inputs = new ArrayList<>();
        for (String path : paths) {
            if (path.equals("-")) {
                inputs.add(new Input(stdinName, null, null));
                continue;
            }
            Path p;
            try {
                p = Path.of(path);
            } catch (InvalidPathException e) {
                // the JVM decodes file names in the locale's encoding: under LANG=C one that is not ASCII fails
                boolean ascii = path.chars().allMatch(ch -> ch < 0x80);
                inputs.add(new Input(path, null, new InputException(path, "not a usable file name (" + e.getReason()
                        + ")" + (ascii ? "" : "; names that are not ASCII need a UTF-8 locale such as LANG=C.UTF-8"
                        + " (file names are " + System.getProperty("sun.jnu.encoding", "?") + " here)"))));
                continue;
            }
            if (Files.isDirectory(p)) {
                try {
                    List<Path> found = FileDiscovery.find(p);
                    if (found.isEmpty()) {
                        inputs.add(new Input(path, p, new InputException(path,
                                "no Dockerfile found in this directory (looked for Dockerfile, Dockerfile.*, "
                                        + "*.Dockerfile, Containerfile)")));
                    }
                    for (Path f : found) {
                        inputs.add(new Input(f.toString(), f, null, p));
                    }
                } catch (IOException e) {
                    inputs.add(new Input(path, p, new InputException(path, "cannot read directory: " + e.getMessage())));
                }
            } else if (!Files.exists(p)) {
                inputs.add(new Input(path, p, new InputException(path, "no such file or directory")));
            } else {
                inputs.add(new Input(path, p, null));
            }
        }
        return inputs;
    }

    /**
     * Reads the one file a command works on ({@code parse}, {@code explain});
     * on failure prints one clear line to {@code err} and returns null.
     */
    static SourceText loadSingle(Input input, Environment environment, PrintWriter err) {
        try {
            if (input.file() != null && Files.isDirectory(input.file())) {
                throw new InputException(input.displayPath(), "is a directory, not a Dockerfile");
            }
            return load(input, environment);
        } catch (InputException e) {
            err.println(e.describe().replaceFirst(": ", ": error: "));
            return null;
        }
    }

    static SourceText load(Input input, Environment environment) throws InputException {
        if (input.problem() != null) {
            throw input.problem();
        }
        return input.file() == null ? SourceLoader.load(environment.stdin(), input.displayPath())
                : SourceLoader.load(input.file(), input.displayPath());
    }
}
