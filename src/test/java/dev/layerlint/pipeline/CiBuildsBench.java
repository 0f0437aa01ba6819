package dev.layerlint.pipeline;

import dev.layerlint.source.InputException;
import dev.layerlint.source.SourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Bench tool (not a test): prints every build the reader finds in the given
 * pipeline files, one a line ({@code file TAB line TAB tool}), for the recall
 * check against bench/ci-builds/labels.tsv. Usage: CiBuildsBench ROOT FILE...
 * (FILE relative to ROOT; "-" reads the names from standard input).
 */
public final class CiBuildsBench {
    private CiBuildsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        List<String> files = args.length > 1 && !args[1].equals("-") ? List.of(args).subList(1, args.length)
                : new String(System.in.readAllBytes()).lines().filter(l -> !l.isBlank()).toList();
        for (String f : files) {
            Path p = root.resolve(f);
            if (!Files.isRegularFile(p)) {
                continue;
            }
            try {
                Pipeline pl = PipelineReader.read(SourceLoader.load(p, f), p);
                for (Build b : pl.builds()) {
                    System.out.println(f + "\t" + b.span.startLine() + "\t" + b.tool);
                }
            } catch (InputException e) {
                System.out.println(f + "\tERROR\t" + e.describe());
            }
        }
    }
}
