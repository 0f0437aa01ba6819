package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.layerlint.testing.Cli;
import dev.layerlint.testing.Shared;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The VS Code problem matcher documented in docs/integrations.md matches every line of real gnu output. */
class IdeIntegrationTest {
    @Test
    void documentedProblemMatcherParsesGnuOutput() throws Exception {
        String doc = Files.readString(Shared.projectDir().resolve("docs/integrations.md"));
        Matcher json = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(json.find()).isTrue();
        JsonObject pattern = JsonParser.parseString(json.group(1)).getAsJsonObject().getAsJsonArray("tasks").get(0)
                .getAsJsonObject().getAsJsonObject("problemMatcher").getAsJsonObject("pattern");
        Pattern regex = Pattern.compile(pattern.get("regexp").getAsString());
        Cli.Run run = Cli.run("check", "--format", "gnu", "testdata/cli/app/Dockerfile", "testdata/cli/broken.Dockerfile");
        assertThat(run.out().lines().toList()).isNotEmpty().allSatisfy(line -> {
            Matcher m = regex.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            assertThat(m.group(pattern.get("file").getAsInt())).startsWith("testdata/cli/");
            assertThat(m.group(pattern.get("code").getAsInt())).matches("[A-Z]{2}\\d{3}");
        });
    }
}
