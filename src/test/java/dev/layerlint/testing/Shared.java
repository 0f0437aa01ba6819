package dev.layerlint.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates {@code ../shared} (the team's corpus and conformance data, not
 * shipped with the project). Tests that need it are skipped with a message
 * when it is absent, unless {@code -Dlayerlint.requireShared=true} (CI) makes
 * its absence a failure.
 */
public final class Shared {
    private Shared() {
    }

    public static Path projectDir() {
        String dir = System.getProperty("layerlint.projectDir", "");
        return dir.isEmpty() ? Path.of("").toAbsolutePath() : Path.of(dir);
    }

    /** The shared folder, or a skipped (or failed, in CI) test. */
    public static Path require(String sub) {
        String configured = System.getProperty("layerlint.shared", "");
        Path shared = configured.isEmpty() ? projectDir().resolve("../shared").normalize() : Path.of(configured);
        Path dir = shared.resolve(sub);
        boolean present = Files.isDirectory(dir);
        if (!present && Boolean.getBoolean("layerlint.requireShared")) {
            fail("layerlint.requireShared is set but " + dir + " does not exist");
        }
        if (!present) {
            System.err.println("SKIPPED: " + dir + " not found (shared test data is not part of the repository)");
        }
        assumeTrue(present, () -> dir + " not found; shared test data is not part of the repository");
        return dir;
    }
}
