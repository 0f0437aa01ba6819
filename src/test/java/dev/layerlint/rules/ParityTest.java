package dev.layerlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.rule.Finding;
import dev.layerlint.rule.LintOptions;
import dev.layerlint.rule.Linter;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rule.RuleSettings;
import dev.layerlint.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        // DL3008 (RP003, off by default) is selected so that two named findings are on the line
        String file = "FROM ubuntu\n# hadolint ignore=DL3008,DL3015\nRUN apt-get install -y curl\n";
        String unmarked = "FROM ubuntu\n# no ignore comment here\nRUN apt-get install -y curl\n";
        RuleInfo apt = Registry.infos().stream().filter(i -> i.aliases().contains("DL3008")).findFirst().orElseThrow();
        LintOptions withApt = LintOptions.defaults().withRules(new RuleSettings(
                Registry.infos().stream().filter(i -> i.onByDefault() || i == apt).map(RuleInfo::code).toList(),
                List.of(), Map.of()));
        assertThat(codes(unmarked, withApt)).contains(apt.code() + "@3", "SZ003@3");
        assertThat(codes(file, withApt)).isEqualTo(without(codes(unmarked, withApt), apt.code() + "@3", "SZ003@3"));
    }

    /**
     * A file that trips several BuildKit checks; its first line is replaced by a {@code check} directive (so line
     * numbers stay the same).
     */
    private static final String CHECKS = "# no directive here\n"
            + "FROM ubuntu:24.04 as build\n"
            + "MAINTAINER someone@example.com\n"
            + "ENV PATH /usr/local/bin:$PATH\n"
            + "WORKDIR app\n"
            + "CMD node app.js\n"
            + "FROM alpine:3.20\n"
            + "EXPOSE 80/TCP\n"
            + "ARG GITHUB_TOKEN\n";

    @Test
    void aCheckSkipDirectiveHidesTheBuildKitChecksItNamesAndNothingElse() {
        List<String> all = codes(CHECKS);
        for (String skipped : List.of("JSONArgsRecommended", "FromAsCasing", "MaintainerDeprecated",
                "LegacyKeyValueFormat", "WorkdirRelativePath", "ExposeProtoCasing", "SecretsUsedInArgOrEnv")) {
            List<String> named = findings(CHECKS).stream().filter(f -> f.aliases().contains(skipped))
                    .map(ParityTest::key).toList();
            assertThat(named).as("the sample trips %s", skipped).isNotEmpty();
            String file = "# check=skip=" + skipped + CHECKS.substring(CHECKS.indexOf('\n'));
            assertThat(codes(file)).as("check=skip=%s", skipped).isEqualTo(without(all, named.toArray(String[]::new)));
        }
        List<String> two = findings(CHECKS).stream().filter(f -> f.aliases().contains("JSONArgsRecommended")
                || f.aliases().contains("FromAsCasing")).map(ParityTest::key).toList();
        String file = "# check=skip=JSONArgsRecommended,FromAsCasing" + CHECKS.substring(CHECKS.indexOf('\n'));
        assertThat(codes(file)).as("a list of checks").isEqualTo(without(all, two.toArray(String[]::new)));
    }

    @Test
    void checkSkipAllHidesEveryBuildKitCheckButNotSyntaxErrors() {
        String body = CHECKS.substring(CHECKS.indexOf('\n')) + "COPY onlyone\n";
        List<String> before = codes("# no directive here" + body);
        assertThat(findings("# no directive here" + body)).anyMatch(ParityTest::isBuildKitCheck);
        assertThat(before).contains("BU000@10");
        List<Finding> after = findings("# check=skip=all" + body);
        assertThat(after).noneMatch(ParityTest::isBuildKitCheck);
        assertThat(after).extracting(ParityTest::key).contains("BU000@10");
    }

    private static boolean isBuildKitCheck(Finding f) {
        return f.aliases().stream().anyMatch(BUILDKIT::contains);
    }

    private static List<Finding> findings(String file) {
        return Linter.lint(SourceText.of("Dockerfile", file), null, LintOptions.defaults(), Registry.rules())
                .findings();
    }

    private static String key(Finding f) {
        return f.rule().code() + "@" + f.span().startLine();
    }

    private static List<String> codes(String file) {
        return findings(file).stream().map(ParityTest::key).toList();
    }

    private static List<String> codes(String file, LintOptions options) {
        return Linter.lint(SourceText.of("Dockerfile", file), null, options, Registry.rules()).findings().stream()
                .map(ParityTest::key).toList();
    }

    private static List<String> without(List<String> all, String... removed) {
        List<String> out = new ArrayList<>(all);
        for (String r : removed) {
            assertThat(out.remove(r)).as("%s in %s", r, all).isTrue();
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
