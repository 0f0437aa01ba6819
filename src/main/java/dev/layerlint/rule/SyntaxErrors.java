package dev.layerlint.rule;

import dev.layerlint.parser.ParseResult;
import dev.layerlint.parser.SyntaxError;
import java.util.ArrayList;
import java.util.List;

/** BU000: what BuildKit would refuse to parse is an ordinary finding, at its exact place. */
public final class SyntaxErrors {
    public static final RuleInfo INFO = new RuleInfo("BU000", "syntax-error",
            "The Dockerfile does not parse: `docker build` stops before building anything",
            Severity.ERROR, List.of("DL1000"));

    private SyntaxErrors() {
    }

    public static List<Finding> findings(ParseResult result) {
        List<Finding> findings = new ArrayList<>();
        for (SyntaxError error : result.errors()) {
            findings.add(new Finding(INFO, INFO.severity(), error.message(), error.span()));
        }
        return findings;
    }
}
