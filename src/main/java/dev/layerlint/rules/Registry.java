package dev.layerlint.rules;

import dev.layerlint.rule.Rule;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.Suppressions;
import dev.layerlint.rule.SyntaxErrors;
import dev.layerlint.rules.cache.CacheBustArgTooEarly;
import dev.layerlint.rules.ci.CiRules;
import dev.layerlint.rules.cache.ContextNotIgnored;
import dev.layerlint.rules.cache.CopyAllBeforeInstall;
import dev.layerlint.rules.cache.ExpensiveStepAfterVolatileCopy;
import dev.layerlint.rules.cache.FrozenBuildTimeValue;
import dev.layerlint.rules.cache.PackageCacheMountIneffective;
import dev.layerlint.rules.cache.PackageCacheNotMounted;
import dev.layerlint.rules.cache.PackageIndexUpdateAlone;
import dev.layerlint.rules.cache.UnpinnedRemoteDownload;
import dev.layerlint.rules.cache.VolatileArgBeforeRun;
import dev.layerlint.rules.cache.VolatileMetadataEarly;
import dev.layerlint.rules.correctness.AptInScript;
import dev.layerlint.rules.correctness.AptInstallWithoutUpdate;
import dev.layerlint.rules.correctness.CopyDestinationNotDirectory;
import dev.layerlint.rules.correctness.CopyFromOwnStage;
import dev.layerlint.rules.correctness.CopyFromUnknownStage;
import dev.layerlint.rules.correctness.CopyIgnoredFile;
import dev.layerlint.rules.correctness.CopyWholeFilesystem;
import dev.layerlint.rules.correctness.CurlWithoutFail;
import dev.layerlint.rules.correctness.DuplicateStageName;
import dev.layerlint.rules.correctness.EnvSelfReference;
import dev.layerlint.rules.correctness.ExposeInvalidFormat;
import dev.layerlint.rules.correctness.ExposePortOutOfRange;
import dev.layerlint.rules.correctness.FailureHiddenBySemicolon;
import dev.layerlint.rules.correctness.FirstInstructionNotFrom;
import dev.layerlint.rules.correctness.InstructionOverridden;
import dev.layerlint.rules.correctness.InvalidDefaultBaseImage;
import dev.layerlint.rules.correctness.InvalidOnbuildTrigger;
import dev.layerlint.rules.correctness.MissingHealthcheck;
import dev.layerlint.rules.correctness.PackageInstallPrompts;
import dev.layerlint.rules.correctness.PathFromUnsetArg;
import dev.layerlint.rules.correctness.PipeWithoutPipefail;
import dev.layerlint.rules.correctness.RelativeCopyWithoutWorkdir;
import dev.layerlint.rules.correctness.RelativeWorkdir;
import dev.layerlint.rules.correctness.ReservedStageName;
import dev.layerlint.rules.correctness.ShellCheck;
import dev.layerlint.rules.correctness.ShellFormCommand;
import dev.layerlint.rules.correctness.ShellReplacedBySymlink;
import dev.layerlint.rules.correctness.SourceInOwnRun;
import dev.layerlint.rules.correctness.UndefinedArgInFrom;
import dev.layerlint.rules.correctness.UndefinedVariable;
import dev.layerlint.rules.correctness.UnreachableStage;
import dev.layerlint.rules.reproducibility.AddUrlWithoutChecksum;
import dev.layerlint.rules.reproducibility.ApkUnpinned;
import dev.layerlint.rules.reproducibility.AptUnpinned;
import dev.layerlint.rules.reproducibility.BaseImageLatest;
import dev.layerlint.rules.reproducibility.BaseImageUntagged;
import dev.layerlint.rules.reproducibility.CargoUnpinned;
import dev.layerlint.rules.reproducibility.ComposerUnpinned;
import dev.layerlint.rules.reproducibility.DnfUnpinned;
import dev.layerlint.rules.reproducibility.GemUnpinned;
import dev.layerlint.rules.reproducibility.GoUnpinned;
import dev.layerlint.rules.reproducibility.NpmUnpinned;
import dev.layerlint.rules.reproducibility.PipUnpinned;
import dev.layerlint.rules.reproducibility.PlatformConstant;
import dev.layerlint.rules.reproducibility.YumUnpinned;
import dev.layerlint.rules.reproducibility.ZypperDistUpgrade;
import dev.layerlint.rules.reproducibility.ZypperUnpinned;
import dev.layerlint.rules.security.AptSourceUnverified;
import dev.layerlint.rules.security.DownloadPipedToShell;
import dev.layerlint.rules.security.DownloadRunUnverified;
import dev.layerlint.rules.security.PlainHttpDownload;
import dev.layerlint.rules.security.LastUserRoot;
import dev.layerlint.rules.security.SecretDeletedInLaterLayer;
import dev.layerlint.rules.security.SecretInRunCommand;
import dev.layerlint.rules.security.SecretNameInArgOrEnv;
import dev.layerlint.rules.security.SecretValueInDefault;
import dev.layerlint.rules.security.SudoInRun;
import dev.layerlint.rules.security.UntrustedRegistry;
import dev.layerlint.rules.security.UserNotNumeric;
import dev.layerlint.rules.security.WorldWritablePermissions;
import dev.layerlint.rules.size.ApkCacheKept;
import dev.layerlint.rules.size.AptInstallRecommends;
import dev.layerlint.rules.size.AptListsNotRemoved;
import dev.layerlint.rules.size.ChownAfterCopy;
import dev.layerlint.rules.size.CopiedArchiveExtracted;
import dev.layerlint.rules.size.DnfCacheKept;
import dev.layerlint.rules.size.PackageCacheLeft;
import dev.layerlint.rules.size.PipCacheKept;
import dev.layerlint.rules.size.UseraddSparseLastlog;
import dev.layerlint.rules.size.YarnCacheKept;
import dev.layerlint.rules.size.YumCacheKept;
import dev.layerlint.rules.size.ZypperCacheKept;
import dev.layerlint.rules.style.AddInsteadOfCopy;
import dev.layerlint.rules.style.CdInRun;
import dev.layerlint.rules.style.ConsecutiveRuns;
import dev.layerlint.rules.style.CurlAndWget;
import dev.layerlint.rules.style.DefinitionDescriptionFormat;
import dev.layerlint.rules.style.EmptyContinuationLine;
import dev.layerlint.rules.style.ExposeProtocolCasing;
import dev.layerlint.rules.style.FromAsCasing;
import dev.layerlint.rules.style.InconsistentInstructionCasing;
import dev.layerlint.rules.style.InlineIgnoreUsed;
import dev.layerlint.rules.style.InvalidLabelKey;
import dev.layerlint.rules.style.LabelEmpty;
import dev.layerlint.rules.style.LabelMissing;
import dev.layerlint.rules.style.LabelNotInSchema;
import dev.layerlint.rules.style.LabelWrongType;
import dev.layerlint.rules.style.LegacyKeyValueFormat;
import dev.layerlint.rules.style.MaintainerDeprecated;
import dev.layerlint.rules.style.PointlessContainerCommand;
import dev.layerlint.rules.style.RedundantTargetPlatform;
import dev.layerlint.rules.style.StageNameCasing;
import dev.layerlint.rules.style.WgetProgressBar;
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
            new PackageCacheMountIneffective(),
            new RelativeWorkdir(),
            new ExposePortOutOfRange(),
            new InstructionOverridden(),
            new CopyDestinationNotDirectory(),
            new CopyFromUnknownStage(),
            new CopyFromOwnStage(),
            new DuplicateStageName(),
            new InvalidOnbuildTrigger(),
            new EnvSelfReference(),
            new RelativeCopyWithoutWorkdir(),
            new FirstInstructionNotFrom(),
            new ReservedStageName(),
            new PipeWithoutPipefail(),
            new ShellReplacedBySymlink(),
            new UndefinedVariable(),
            new UndefinedArgInFrom(),
            new InvalidDefaultBaseImage(),
            new UnreachableStage(),
            new PathFromUnsetArg(),
            new CopyWholeFilesystem(),
            new PackageInstallPrompts(),
            new ShellFormCommand(),
            new CopyIgnoredFile(),
            new ExposeInvalidFormat(),
            new MissingHealthcheck(),
            new AptInScript(),
            new ShellCheck(),
            new CurlWithoutFail(),
            new AptInstallWithoutUpdate(),
            new SourceInOwnRun(),
            new FailureHiddenBySemicolon(),
            new BaseImageUntagged(),
            new BaseImageLatest(),
            new AptUnpinned(),
            new PipUnpinned(),
            new NpmUnpinned(),
            new ApkUnpinned(),
            new GemUnpinned(),
            new YumUnpinned(),
            new ZypperUnpinned(),
            new DnfUnpinned(),
            new GoUnpinned(),
            new ZypperDistUpgrade(),
            new PlatformConstant(),
            new AddUrlWithoutChecksum(),
            new LastUserRoot(),
            new SudoInRun(),
            new UntrustedRegistry(),
            new SecretNameInArgOrEnv(),
            new UserNotNumeric(),
            new SecretValueInDefault(),
            new DownloadPipedToShell(),
            new WorldWritablePermissions(),
            new SecretDeletedInLaterLayer(),
            new PlainHttpDownload(),
            new DownloadRunUnverified(),
            new SecretInRunCommand(),
            new AptSourceUnverified(),
            new CdInRun(),
            new PointlessContainerCommand(),
            new AddInsteadOfCopy(),
            new WgetProgressBar(),
            new InvalidLabelKey(),
            new LabelMissing(),
            new LabelNotInSchema(),
            new LabelEmpty(),
            new LabelWrongType(),
            new ConsecutiveRuns(),
            new MaintainerDeprecated(),
            new CurlAndWget(),
            new RedundantTargetPlatform(),
            new StageNameCasing(),
            new FromAsCasing(),
            new EmptyContinuationLine(),
            new InconsistentInstructionCasing(),
            new LegacyKeyValueFormat(),
            new ExposeProtocolCasing(),
            new DefinitionDescriptionFormat(),
            new InlineIgnoreUsed(),
            new AptListsNotRemoved(),
            new CopiedArchiveExtracted(),
            new PackageCacheLeft(),
            new CargoUnpinned(),
            new ComposerUnpinned(),
            new AptInstallRecommends(),
            new ApkCacheKept(),
            new YumCacheKept(),
            new ZypperCacheKept(),
            new DnfCacheKept(),
            new PipCacheKept(),
            new UseraddSparseLastlog(),
            new YarnCacheKept(),
            new ChownAfterCopy());

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

    /** Every rule's identity, BU000 and the pipeline (CI) rules included, sorted by code. */
    public static List<RuleInfo> infos() {
        List<RuleInfo> all = new ArrayList<>();
        all.add(SyntaxErrors.INFO);
        all.add(Suppressions.UNUSED);
        RULES.forEach(r -> all.add(r.info()));
        CiRules.rules().forEach(r -> all.add(r.info()));
        all.sort(Comparator.comparing(RuleInfo::code));
        return all;
    }
}
