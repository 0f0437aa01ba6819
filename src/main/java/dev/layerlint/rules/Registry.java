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
            new FrozenBuildTimeValue(),
            new dev.layerlint.rules.correctness.RelativeWorkdir(),
            new dev.layerlint.rules.correctness.ExposePortOutOfRange(),
            new dev.layerlint.rules.correctness.InstructionOverridden(),
            new dev.layerlint.rules.correctness.CopyDestinationNotDirectory(),
            new dev.layerlint.rules.correctness.CopyFromUnknownStage(),
            new dev.layerlint.rules.correctness.CopyFromOwnStage(),
            new dev.layerlint.rules.correctness.DuplicateStageName(),
            new dev.layerlint.rules.correctness.InvalidOnbuildTrigger(),
            new dev.layerlint.rules.correctness.EnvSelfReference(),
            new dev.layerlint.rules.correctness.RelativeCopyWithoutWorkdir(),
            new dev.layerlint.rules.correctness.FirstInstructionNotFrom(),
            new dev.layerlint.rules.correctness.ReservedStageName(),
            new dev.layerlint.rules.correctness.PipeWithoutPipefail(),
            new dev.layerlint.rules.correctness.ShellReplacedBySymlink(),
            new dev.layerlint.rules.correctness.UndefinedVariable(),
            new dev.layerlint.rules.correctness.UndefinedArgInFrom(),
            new dev.layerlint.rules.correctness.InvalidDefaultBaseImage(),
            new dev.layerlint.rules.correctness.UnreachableStage(),
            new dev.layerlint.rules.correctness.PathFromUnsetArg(),
            new dev.layerlint.rules.correctness.CopyWholeFilesystem(),
            new dev.layerlint.rules.correctness.PackageInstallPrompts(),
            new dev.layerlint.rules.correctness.ShellFormCommand(),
            new dev.layerlint.rules.correctness.CopyIgnoredFile(),
            new dev.layerlint.rules.correctness.ExposeInvalidFormat(),
            new dev.layerlint.rules.correctness.MissingHealthcheck(),
            new dev.layerlint.rules.correctness.AptInScript(),
            new dev.layerlint.rules.correctness.ShellCheck(),
            new dev.layerlint.rules.reproducibility.BaseImageUntagged(),
            new dev.layerlint.rules.reproducibility.BaseImageLatest(),
            new dev.layerlint.rules.reproducibility.AptUnpinned(),
            new dev.layerlint.rules.reproducibility.PipUnpinned(),
            new dev.layerlint.rules.reproducibility.NpmUnpinned(),
            new dev.layerlint.rules.reproducibility.ApkUnpinned(),
            new dev.layerlint.rules.reproducibility.GemUnpinned(),
            new dev.layerlint.rules.reproducibility.YumUnpinned(),
            new dev.layerlint.rules.reproducibility.ZypperUnpinned(),
            new dev.layerlint.rules.reproducibility.DnfUnpinned(),
            new dev.layerlint.rules.reproducibility.GoUnpinned(),
            new dev.layerlint.rules.reproducibility.ZypperDistUpgrade(),
            new dev.layerlint.rules.reproducibility.PlatformConstant(),
            new dev.layerlint.rules.reproducibility.AddUrlWithoutChecksum(),
            new dev.layerlint.rules.security.LastUserRoot(),
            new dev.layerlint.rules.security.SudoInRun(),
            new dev.layerlint.rules.security.UntrustedRegistry(),
            new dev.layerlint.rules.security.SecretNameInArgOrEnv(),
            new dev.layerlint.rules.security.UserNotNumeric(),
            new dev.layerlint.rules.security.SecretValueInDefault(),
            new dev.layerlint.rules.security.DownloadPipedToShell(),
            new dev.layerlint.rules.security.WorldWritablePermissions(),
            new dev.layerlint.rules.security.SecretDeletedInLaterLayer(),
            new dev.layerlint.rules.style.CdInRun(),
            new dev.layerlint.rules.style.PointlessContainerCommand(),
            new dev.layerlint.rules.style.AddInsteadOfCopy(),
            new dev.layerlint.rules.style.WgetProgressBar(),
            new dev.layerlint.rules.style.InvalidLabelKey(),
            new dev.layerlint.rules.style.LabelMissing(),
            new dev.layerlint.rules.style.LabelNotInSchema(),
            new dev.layerlint.rules.style.LabelEmpty(),
            new dev.layerlint.rules.style.LabelWrongType(),
            new dev.layerlint.rules.style.ConsecutiveRuns(),
            new dev.layerlint.rules.style.MaintainerDeprecated(),
            new dev.layerlint.rules.style.CurlAndWget(),
            new dev.layerlint.rules.style.RedundantTargetPlatform(),
            new dev.layerlint.rules.style.StageNameCasing(),
            new dev.layerlint.rules.style.FromAsCasing(),
            new dev.layerlint.rules.style.EmptyContinuationLine(),
            new dev.layerlint.rules.style.InconsistentInstructionCasing(),
            new dev.layerlint.rules.style.LegacyKeyValueFormat(),
            new dev.layerlint.rules.style.ExposeProtocolCasing(),
            new dev.layerlint.rules.style.DefinitionDescriptionFormat(),
            new dev.layerlint.rules.style.InlineIgnoreUsed(),
            new dev.layerlint.rules.size.AptListsNotRemoved(),
            new dev.layerlint.rules.size.CopiedArchiveExtracted(),
            new dev.layerlint.rules.size.PackageCacheLeft(),
            new dev.layerlint.rules.reproducibility.CargoUnpinned(),
            new dev.layerlint.rules.reproducibility.ComposerUnpinned(),
            new dev.layerlint.rules.size.AptInstallRecommends(),
            new dev.layerlint.rules.size.ApkCacheKept(),
            new dev.layerlint.rules.size.YumCacheKept(),
            new dev.layerlint.rules.size.ZypperCacheKept(),
            new dev.layerlint.rules.size.DnfCacheKept(),
            new dev.layerlint.rules.size.PipCacheKept(),
            new dev.layerlint.rules.size.UseraddSparseLastlog(),
            new dev.layerlint.rules.size.YarnCacheKept(),
            new dev.layerlint.rules.size.ChownAfterCopy());

    private Registry() {
    }

    /** The rules that run on a parsed file. */
    public static List<Rule> rules() {
        return RULES;
    }

    /** The rule with this code, or null (BU000 and ST001 are not rule classes). */
    public static Rule rule(String code) {
        for (Rule r : RULES) {
            if (r.info().code().equals(code)) {
                return r;
            }
        }
        return null;
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
