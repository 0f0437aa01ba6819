package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.layerlint.rule.RuleInfo;
import dev.layerlint.rules.Registry;
import dev.layerlint.testing.Cli;
import org.junit.jupiter.api.Test;


/** {@code layerlint rules}, {@code layerlint rule}, and what aliases and redaction do for a user. */
class RulesCommandTest {

    @Test
    void rulesListsEveryRuleWithItsAliasesAndMarksOffRules() {
        Cli.Run run = Cli.run("rules");
        assertThat(run.exit()).isZero();
        for (RuleInfo info : Registry.infos()) {
            String row = run.out().lines().filter(l -> l.startsWith(info.code() + " ")).findFirst().orElse("");
            assertThat(row).as(info.code()).contains(info.name()).contains(info.category().label());
            info.aliases().forEach(a -> assertThat(row).contains(a));
            assertThat(row).contains(info.onByDefault() ? info.severity().label() : "off");
        }
        assertThat(run.out()).contains(Registry.infos().size() + " rules");
    }

    @Test
    void rulesJsonGivesEachRulesMetadata() {
        Cli.Run run = Cli.run("rules", "--format", "json");
        assertThat(run.exit()).isZero();
        JsonArray rows = JsonParser.parseString(run.out()).getAsJsonArray();
        assertThat(rows).hasSameSizeAs(Registry.infos());
        for (int i = 0; i < rows.size(); i++) {
            JsonObject row = rows.get(i).getAsJsonObject();
            RuleInfo info = Registry.infos().get(i);
            assertThat(row.get("code").getAsString()).isEqualTo(info.code());
            assertThat(row.get("fixable").getAsBoolean()).as(info.code()).isEqualTo(info.fixable());
            assertThat(row.get("enabled").getAsBoolean()).as(info.code()).isEqualTo(info.onByDefault());
        }
    }

    @Test
    void ruleFindsTheDocByCodeNameOrAliasAndSuggestsOnATypo() {
        assertThat(Cli.run("rule", "DL3008").out()).startsWith("# RP003 apt-unpinned\n").contains("Aliases: DL3008");
        assertThat(Cli.run("rule", "JSONArgsRecommended").out()).startsWith("# BU022 shell-form-command\n");
        assertThat(Cli.run("rule", "consecutive-runs").out()).contains("Off by default");
        Cli.Run typo = Cli.run("rule", "DL300");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("did you mean DL3000?");
    }

    @Test
    void anIgnoreOfOneHadolintCodeHidesOnlyTheFindingsOfThatCode() {
        Cli.Run run = Cli.runWithStdin("FROM alpine:3.20\nCMD [\"a\"]\nHEALTHCHECK NONE\n# hadolint ignore=DL4003\n"
                + "CMD [\"b\"]\nHEALTHCHECK NONE\n", "check", "--select", "BU003", "-", "--format", "gnu");
        assertThat(run.out()).contains("<stdin>:6:1:").doesNotContain("<stdin>:5:1:");
        Cli.Run config = Cli.runWithStdin("FROM alpine:3.20\nCMD [\"a\"]\nCMD [\"b\"]\nHEALTHCHECK NONE\n"
                + "HEALTHCHECK NONE\n", "check", "--select", "BU003", "--ignore", "DL3012", "-", "--format", "gnu");
        assertThat(config.out()).contains("<stdin>:3:1:").doesNotContain("<stdin>:5:1:");
    }

    @Test
    void aSecretValueIsNeverPrinted() {
        String token = "ghp_Zq81xYv0PmN4tR7sW2kL9dF3gH6jB5cV1nM8"; // not the one in the rule doc
        for (String format : new String[] {"text", "json", "sarif", "gnu", "checkstyle", "gitlab", "github", "junit"}) {
            Cli.Run run = Cli.runWithStdin("FROM alpine:3.20\nARG GH_TOKEN=" + token + "\n", "check", "-",
                    "--format", format);
            assertThat(run.out()).as(format).contains("SE006").doesNotContain(token).doesNotContain(token.substring(4));
        }
    }

    @Test
    void shellcheckWithoutTheBinaryIsANoticeNotAnError() {
        // the in-process CLI runs with an empty environment: no PATH, so no shellcheck, wherever the test runs
        Cli.Run run = Cli.runWithStdin("FROM alpine:3.20\nRUN echo hi\n", "check", "--shellcheck", "-");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("notice: shellcheck is not on PATH");
    }
}
