package dev.layerlint.rule;

import dev.layerlint.cache.VolatileArgs;
import dev.layerlint.model.BuildContext;
import dev.layerlint.model.SemanticModel;
import dev.layerlint.parser.ParseResult;
import dev.layerlint.parser.Parser;
import dev.layerlint.source.SourceText;
import dev.layerlint.source.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Parses one file, builds its model, runs the rules, and returns the findings in source order. */
public final class Linter {
    /** The parse and the findings of one file. */
    public record Result(ParseResult parse, List<Finding> findings) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    /** The start of the message of a finding that reports a rule that crashed. */
    public static final String INTERNAL_ERROR = "internal error in this rule";

    /**
     * By position, then code. A class rather than Comparator.comparing(...): those lambdas are spun at run
     * time on every start, where a start-up archive cannot hold them.
     */
    private static final Comparator<Finding> SOURCE_ORDER = new Comparator<>() {
        @Override
        public int compare(Finding a, Finding b) {
            int byStart = Integer.compare(a.span().start(), b.span().start());
            return byStart != 0 ? byStart : a.rule().code().compareTo(b.rule().code());
        }
    };

    private Linter() {
    }

    /**
     * @param dockerfilePath where the Dockerfile is on disk (for its own
     *                       {@code .dockerignore}), or null
     */
    public static Result lint(SourceText source, Path dockerfilePath, LintOptions options, List<Rule> rules) {
        return lint(source, dockerfilePath, options, rules, Map.of());
    }

    /**
     * @param pipelineArgs build arguments that a pipeline checked in the same run passes a per-run value,
     *                     with the reason naming the pipeline line (CA001 then knows, not guesses)
     */
    public static Result lint(SourceText source, Path dockerfilePath, LintOptions options, List<Rule> rules,
                              Map<String, VolatileArgs.Reason> pipelineArgs) {
        ParseResult parse = Parser.parse(source);
        List<Finding> findings = new ArrayList<>(SyntaxErrors.findings(parse));
        if (!parse.dockerfile().instructions().isEmpty()) {
            BuildContext context = null;
            if (options.context() != null) {
                try {
                    context = BuildContext.of(options.context(), dockerfilePath);
                } catch (IOException e) {
                    context = null; // unreadable .dockerignore: context-aware rules stay silent
                }
            }
            SemanticModel model = SemanticModel.build(parse.dockerfile(), options.buildArgs(), options.target());
            RuleContext ctx = new RuleContext(parse.dockerfile(), dockerfilePath, model, context, options,
                    new VolatileArgs(options.volatileArgs(), pipelineArgs));
            for (Rule rule : rules) {
                if (options.rules().enabled(rule.info())) {
                    ctx.begin(rule.info());
                    try {
                        rule.check(ctx);
                    } catch (RuntimeException | StackOverflowError e) {
                        // one rule's bug must not cost the file its other findings, nor the run its other files
                        ctx.report(parse.dockerfile().source().span(0, 0), INTERNAL_ERROR + " (" + e
                                + "); its other findings in this file may be missing. Please report it with the"
                                + " Dockerfile", null, Severity.ERROR);
                    }
                }
            }
            Suppressions suppressions = Suppressions.of(parse.dockerfile());
            // a secret found by one rule is masked wherever any finding shows its line, even if that rule's
            // finding is suppressed
            List<Span> secrets = ctx.findings().stream().flatMap(f -> f.redact().stream()).toList();
            for (Finding f : ctx.findings()) {
                if (!suppressions.suppresses(f) && options.rules().keeps(f)) {
                    Severity s = options.rules().severity(f);
                    Finding kept = s == f.severity() ? f : f.withSeverity(s);
                    findings.add(secrets.isEmpty() ? kept : kept.withRedactions(secrets));
                }
            }
            if (options.reportUnusedIgnores()) {
                findings.addAll(suppressions.unused());
            }
        }
        findings.sort(SOURCE_ORDER);
        return new Result(parse, findings);
    }
}
