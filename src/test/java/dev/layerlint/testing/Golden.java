package dev.layerlint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: compared exactly; rewritten only with {@code -Dgolden.update=true}
 * (then review the diff). A missing golden file fails the test.
 */
public final class Golden {
    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    public static void check(Path golden, String actual) throws IOException {
        if (updating()) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden).as("golden file %s is missing; run with -Dgolden.update=true to create it", golden)
                .exists();
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        assertThat(actual).as("output differs from %s (run with -Dgolden.update=true to accept)", golden)
                .isEqualTo(expected);
    }
}
