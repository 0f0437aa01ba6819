package dev.layerlint.rule;

import dev.layerlint.parser.ParseResult;
import dev.layerlint.parser.Parser;
import dev.layerlint.source.SourceText;
import java.util.Comparator;
import java.util.List;

/** Parses one file and collects its findings, in source order. */
public final class Linter {
    /** The parse and the findings of one file. */
    public record Result(ParseResult parse, List<Finding> findings) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    private Linter() {
    }

    public static Result lint(SourceText source) {
        ParseResult parse = Parser.parse(source);
        List<Finding> findings = new java.util.ArrayList<>(SyntaxErrors.findings(parse));
        findings.sort(Comparator.comparingInt((Finding f) -> f.span().start())
                .thenComparing(f -> f.rule().code()));
        return new Result(parse, findings);
    }
}
