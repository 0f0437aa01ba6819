package dev.layerlint.rules.style;

import dev.layerlint.ast.Env;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.ast.Label;
import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Stages;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ST019: {@code ENV key value} / {@code LABEL key value}, the legacy form:
 * one pair only, and the whole rest of the line (spaces included) becomes
 * the value, which surprises readers.
 */
public final class LegacyKeyValueFormat extends BaseRule {
    private static final Pattern BARE = Pattern.compile("[^\\s\"'\\\\$`]*");
    private static final Pattern QUOTABLE = Pattern.compile("[^\"\\\\`]*");

    public LegacyKeyValueFormat() {
        super(new RuleInfo("ST019", "legacy-key-value-format", "ENV or LABEL uses the legacy 'key value' form",
                Severity.WARNING, List.of("LegacyKeyValueFormat")).withFix());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction outer : ctx.file().instructions()) {
            Instruction i = Stages.unwrap(outer);
            List<KeyValue> pairs = i instanceof Env e && e.legacyForm() ? e.pairs()
                    : i instanceof Label l && l.legacyForm() ? l.pairs() : List.of();
            if (pairs.size() != 1) {
                continue;
            }
            KeyValue kv = pairs.get(0);
            if (kv.value() == null || kv.value().text().isBlank()) {
                continue; // ENV X alone is a syntax error (BU000), not a legacy pair
            }
            String kw = i.keyword().name();
            Fix fix = Fix.displayOnly("Write " + kw + " key=value");
            if (kv.value() != null && kv.value().span().startLine() == kv.value().span().endLine()) {
                String v = kv.value().text();
                String replacement = BARE.matcher(v).matches() ? v
                        : QUOTABLE.matcher(v).matches() ? "\"" + v + "\"" : null;
                if (replacement != null) {
                    fix = Fix.safe("Write " + kw + " " + kv.key().text() + "=...", List.of(Edit.replace(
                            kv.key().span().end(), kv.value().span().end(), "=" + replacement)));
                }
            }
            ctx.report(kv.span(), "\"" + kw + " key=value\" should be used instead of legacy \"" + kw + " key value\":"
                    + " in the legacy form everything after the key, spaces included, is one value", fix);
        }
    }
}
