package dev.layerlint.rules;

import dev.layerlint.rule.Rule;
import dev.layerlint.rules.cache.CacheBustArgTooEarly;
import dev.layerlint.rules.cache.ContextNotIgnored;
import dev.layerlint.rules.cache.CopyAllBeforeInstall;
import dev.layerlint.rules.cache.ExpensiveStepAfterVolatileCopy;
import dev.layerlint.rules.cache.FrozenBuildTimeValue;
import dev.layerlint.rules.cache.PackageCacheNotMounted;
import dev.layerlint.rules.cache.PackageIndexUpdateAlone;
import dev.layerlint.rules.cache.UnpinnedRemoteDownload;
import dev.layerlint.rules.cache.VolatileArgBeforeRun;
import dev.layerlint.rules.cache.VolatileMetadataEarly;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.SyntaxErrors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every rule layerlint has, sorted by code. BU000 (syntax errors) comes from the parser. */
public final class Registry {
    private static final List<Rule> RULES = List.of(
            new VolatileArgBeforeRun(),
            new CopyAllBeforeInstall(),
            new UnpinnedRemoteDownload(),
            new PackageIndexUpdateAlone(),
            new CacheBustArgTooEarly(),
            new VolatileMetadataEarly(),
            new ContextNotIgnored(),
            new ExpensiveStepAfterVolatileCopy(),
            new PackageCacheNotMounted(),
            new FrozenBuildTimeValue());

    private Registry() {
    }

    /** The rules that run on a parsed file. */
    public static List<Rule> rules() {
        return RULES;
    }

    /** Every rule's identity, BU000 included, sorted by code. */
    public static List<RuleInfo> infos() {
        List<RuleInfo> all = new ArrayList<>();
        all.add(SyntaxErrors.INFO);
        all.add(dev.layerlint.rule.Suppressions.UNUSED);
        RULES.forEach(r -> all.add(r.info()));
        all.sort(Comparator.comparing(RuleInfo::code));
        return all;
    }
}
