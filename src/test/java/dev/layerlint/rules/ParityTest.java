package dev.layerlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.rule.LintOptions;
import dev.layerlint.rule.Linter;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Users migrating from hadolint or docker build --check lose nothing: every
 * hadolint rule still in force (v2.15.1: DL1000 is its parse error) and every
 * BuildKit build check that can be decided from the text answers to one of
 * our rules, so their ignore comments and config lists keep working.
 */
class ParityTest {
    private static final List<String> HADOLINT = List.of("DL1000", "DL1001", "DL3000", "DL3001", "DL3002", "DL3003",
            "DL3004", "DL3006", "DL3007", "DL3008", "DL3009", "DL3010", "DL3011", "DL3012", "DL3013", "DL3014", "DL3015",
            "DL3016", "DL3018", "DL3019", "DL3020", "DL3021", "DL3022", "DL3023", "DL3024", "DL3025", "DL3026", "DL3027",
            "DL3028", "DL3029", "DL3030", "DL3032", "DL3033", "DL3034", "DL3035", "DL3036", "DL3037", "DL3038", "DL3040",
            "DL3041", "DL3042", "DL3043", "DL3044", "DL3045", "DL3046", "DL3047", "DL3048", "DL3049", "DL3050", "DL3051",
            "DL3052", "DL3053", "DL3054", "DL3055", "DL3056", "DL3057", "DL3058", "DL3059", "DL3060", "DL3061", "DL3062",
            "DL3063", "DL3064", "DL3065", "DL3066", "DL3067", "DL4000", "DL4001", "DL4003", "DL4004", "DL4005", "DL4006");
    private static final List<String> BUILDKIT = List.of("StageNameCasing", "FromAsCasing", "NoEmptyContinuation",
            "ConsistentInstructionCasing", "DuplicateStageName", "ReservedStageName", "JSONArgsRecommended",
            "MaintainerDeprecated", "UndefinedArgInFrom", "WorkdirRelativePath", "UndefinedVar",
            "MultipleInstructionsDisallowed", "LegacyKeyValueFormat", "RedundantTargetPlatform", "SecretsUsedInArgOrEnv",
            "InvalidDefaultArgInFrom", "FromPlatformFlagConstDisallowed", "CopyIgnoredFile",
            "InvalidDefinitionDescription", "ExposeProtoCasing", "ExposeInvalidFormat");

    @Test
    void everyHadolintRuleAndBuildKitCheckHasARule() {
        List<String> missing = new ArrayList<>();
        for (String code : concat(HADOLINT, BUILDKIT)) {
            long owners = Registry.infos().stream().filter(i -> i.aliases().contains(code)).count();
            if (owners != 1) {
                missing.add(code + " (" + owners + " rules)");
            }
        }
        assertThat(missing).as("codes without exactly one rule").isEmpty();
    }

    @Test
    void aHadolintIgnoreCommentHidesTheFindingItNames() {
        String file = "FROM ubuntu\n# hadolint ignore=DL3008,DL3015\nRUN apt-get install -y curl\n"
                + "# check=skip=JSONArgsRecommended\nCMD node app.js\n";
        List<String> codes = Linter.lint(SourceText.of("Dockerfile", file), null, LintOptions.defaults(),
                Registry.rules()).findings().stream().map(f -> f.rule().code()).toList();
        RuleInfo apt = Registry.infos().stream().filter(i -> i.aliases().contains("DL3008")).findFirst().orElseThrow();
        assertThat(codes).contains("RP001").doesNotContain(apt.code(), "SZ003");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
