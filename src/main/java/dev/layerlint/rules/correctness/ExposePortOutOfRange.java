package dev.layerlint.rules.correctness;

import dev.layerlint.ast.Expose;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Word;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** BU002: an EXPOSE port (or the end of a range) above 65535. */
public final class ExposePortOutOfRange extends BaseRule {
    private static final Pattern PORT = Pattern.compile("^(?:.*:)?(\\d+)(?:-(\\d+))?(?:/\\w+)?$");

    public ExposePortOutOfRange() {
        super(new RuleInfo("BU002", "expose-port-out-of-range", "An EXPOSE port is above 65535",
                Severity.ERROR, List.of("DL3011")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction i : ctx.file().instructions()) {
            if (!(i instanceof Expose expose)) {
                continue;
            }
            for (Word w : expose.ports()) {
                Matcher m = PORT.matcher(w.text());
                if (!m.matches()) {
                    continue;
                }
                for (int g = 1; g <= 2; g++) {
                    String n = m.group(g);
                    if (n != null && (n.length() > 5 || Integer.parseInt(n) > 65535)) {
                        ctx.report(w.span(), "port " + n + " is out of range: TCP and UDP ports end at 65535");
                        break;
                    }
                }
            }
        }
    }
}
