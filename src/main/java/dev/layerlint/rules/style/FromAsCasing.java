package dev.layerlint.rules.style;

import dev.layerlint.ast.From;
import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;
import java.util.Locale;

/** ST016: {@code FROM x as y} or {@code from x AS y}: the AS keyword's case should match FROM's. */
public final class FromAsCasing extends BaseRule {
    public FromAsCasing() {
        super(new RuleInfo("ST016", "from-as-casing", "The AS keyword's case does not match FROM's", Severity.WARNING,
                List.of("FromAsCasing")).withFix());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            From from = stage.from();
            if (from.asWord() == null) {
                continue;
            }
            String kw = from.keyword().text();
            String as = from.asWord().text();
            String want = kw.equals(kw.toUpperCase(Locale.ROOT)) ? "AS" : kw.equals(kw.toLowerCase(Locale.ROOT)) ? "as"
                    : null;
            if (want != null && !as.equals(want)) {
                ctx.report(from.asWord().span(), "'" + as + "' and '" + kw + "' keywords' casing do not match: BuildKit warns on every build"
                        + " (FromAsCasing)",
                        Fix.safe("Write " + want, List.of(Edit.replace(from.asWord().span().start(),
                                from.asWord().span().end(), want))));
            }
        }
    }
}
