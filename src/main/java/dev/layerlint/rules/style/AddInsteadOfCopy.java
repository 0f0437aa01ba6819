package dev.layerlint.rules.style;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Word;
import dev.layerlint.fix.Edit;
import dev.layerlint.fix.Fix;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import java.util.List;
import java.util.regex.Pattern;

/** ST004: ADD of plain local files (no URL, no archive to extract): COPY says what happens. */
public final class AddInsteadOfCopy extends BaseRule {
    private static final Pattern ARCHIVE = Pattern.compile("(?i).*\\.(tar|tar\\.gz|tgz|tar\\.bz2|tbz2?|tar\\.xz|txz|"
            + "tar\\.zst|tzst|gz|bz2|xz|zst|tb2|taz|tz2|lz|lzma|tlz)$");

    public AddInsteadOfCopy() {
        super(new RuleInfo("ST004", "add-instead-of-copy", "ADD copies plain files; use COPY", Severity.ERROR,
                List.of("DL3020")).withFix());
    }

    @Override
    public void check(RuleContext ctx) {
        for (Instruction i : ctx.file().instructions()) {
            if (!(i instanceof Add add) || !add.heredocs().isEmpty() || add.sources().isEmpty()) {
                continue;
            }
            boolean plain = true;
            for (Word w : add.sources()) {
                String s = w.text();
                plain &= !s.contains("://") && !s.startsWith("git@") && !ARCHIVE.matcher(s).matches() && !s.contains("$")
                        && !s.contains("*");
            }
            if (!plain) {
                continue;
            }
            boolean addOnly = add.flag("checksum") != null || add.flag("keep-git-dir") != null
                    || add.flag("unpack") != null;
            Fix fix = addOnly ? Fix.displayOnly("Use COPY") : Fix.safe("Use COPY", List.of(Edit.replace(
                    add.keyword().span().start(), add.keyword().span().end(),
                    add.keyword().text().equals("add") ? "copy" : "COPY")));
            ctx.report(add.keyword().span(), "ADD of local files: ADD also fetches URLs and unpacks archives, so a"
                    + " reader must check which happens; COPY copies, nothing else", fix);
        }
    }
}
