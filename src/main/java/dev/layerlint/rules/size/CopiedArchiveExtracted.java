package dev.layerlint.rules.size;

import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.Word;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Severity;
import dev.layerlint.rules.BaseRule;
import dev.layerlint.rules.Scripts;
import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SZ002: a COPY of an archive that a later RUN of the stage extracts: the
 * archive stays in the COPY layer next to its extracted files. For a tar,
 * {@code ADD} extracts it in one layer; for any format, a bind mount
 * ({@code RUN --mount=type=bind,source=x.zip,target=/tmp/x.zip unzip ...})
 * never puts the archive in a layer.
 */
public final class CopiedArchiveExtracted extends BaseRule {
    private static final Pattern TARBALL = Pattern.compile("(?i).*\\.(tar|tar\\.gz|tgz|tar\\.bz2|tbz2?|tar\\.xz|txz)$");
    private static final Pattern EXTRACT_FLAGS = Pattern.compile("[a-zA-Z]*x[a-zA-Z]*");

    private static final Pattern ARCHIVE = Pattern.compile("(?i).*\\.(tar|tar\\.gz|tgz|tar\\.bz2|tbz2?|tar\\.xz|txz|"
            + "tar\\.zst|zip|gz|bz2|xz)$");

    public CopiedArchiveExtracted() {
        super(new RuleInfo("SZ002", "copied-archive-extracted", "An archive is copied in, then extracted by a RUN",
                Severity.INFO, List.of("DL3010")));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Stage stage : ctx.model().stages()) {
            List<Scripts.RunScript> runs = Scripts.of(ctx, stage);
            for (Instruction i : stage.instructions()) {
                if (!(i instanceof Copy copy) || copy.flag("from") != null) {
                    continue;
                }
                for (Word src : copy.sources()) {
                    String base = src.text().substring(src.text().lastIndexOf('/') + 1);
                    if (!ARCHIVE.matcher(base).matches() || base.contains("*") || base.contains("$")) {
                        continue;
                    }
                    for (Scripts.RunScript r : runs) {
                        if (r.run().span().start() < i.span().start()) {
                            continue;
                        }
                        ShellCommand x = extracting(r, base);
                        if (x != null) {
                            boolean tar = TARBALL.matcher(base).matches();
                            ctx.report(src.span(), base + " is copied in and extracted on line "
                                    + r.run().span().startLine() + ": the archive stays in this layer next to its"
                                    + " contents; " + (tar ? "ADD " + base + " <dir> extracts it in one layer, or"
                                    + " extract" : "extract") + " it from a bind mount (RUN --mount=type=bind,source="
                                    + base + ",target=/tmp/" + base + " ...)");
                            break;
                        }
                    }
                }
            }
        }
    }

    private static ShellCommand extracting(Scripts.RunScript r, String base) {
        for (ShellCommand c : r.script().commands()) {
            boolean extracts = c.isProgram("unzip", "gunzip", "bunzip2", "unxz", "7z", "zstd")
                    || c.isProgram("tar") && (c.hasFlag("-x", "--extract", "--get") || !c.args().isEmpty()
                    && EXTRACT_FLAGS.matcher(c.args().get(0).value()).matches());
            if (extracts && c.args().stream().anyMatch(a -> a.value().endsWith(base))) {
                return c;
            }
        }
        return null;
    }
}
