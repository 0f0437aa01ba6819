package dev.layerlint.bench;

import dev.layerlint.parser.ParseResult;
import dev.layerlint.parser.Parser;
import dev.layerlint.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Parsing alone (no I/O, no rules): the whole corpus per operation, and one typical file. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseBenchmark {
    @Param("../shared/corpus/real")
    public String corpus;

    private List<SourceText> files;
    private SourceText typical;

    @Setup
    public void load() throws IOException {
        Path dir = Path.of(corpus);
        files = new ArrayList<>();
        List<String> manifest = Files.readAllLines(dir.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        for (String row : manifest.subList(1, manifest.size())) {
            String name = row.split("\t", 2)[0];
            files.add(SourceText.of(name, Files.readString(dir.resolve(name), StandardCharsets.UTF_8)));
        }
        typical = files.stream().filter(f -> f.path().contains("docker-library__python")).findFirst()
                .orElse(files.get(0));
    }

    @Benchmark
    public void parseCorpus(Blackhole bh) {
        for (SourceText file : files) {
            bh.consume(Parser.parse(file));
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ParseResult parseOneFile() {
        return Parser.parse(typical);
    }
}
