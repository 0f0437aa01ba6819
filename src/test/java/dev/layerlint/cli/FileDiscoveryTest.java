package dev.layerlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What check DIR finds: testdata/cli/discovery lists it in found.txt. */
class FileDiscoveryTest {
    @Test
    void azurePipelinesAreFoundByTheirTextAndOtherYamlIsNot() throws Exception {
        Path dir = Shared.projectDir().resolve("testdata/cli/discovery");
        List<String> found = FileDiscovery.find(dir).stream()
                .map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        assertThat(found).containsExactlyElementsOf(Files.readAllLines(dir.resolve("found.txt")).stream()
                .sorted().toList());
    }
}
