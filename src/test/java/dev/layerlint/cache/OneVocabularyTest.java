package dev.layerlint.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One home for the package-manager vocabulary (issue #15): no main source
 * but {@code Ecosystem} spells a manager's cache directory, its index
 * update sub-command next to its program name, or pip's no-cache flag. What
 * it cannot see (a verb list without a program on the same line) it does
 * not claim to catch.
 */
class OneVocabularyTest {
    private static final Path MAIN = Path.of("src/main/java/dev/layerlint");
    private static final Path HOME = MAIN.resolve("cache/Ecosystem.java");
    private static final List<String> SYSTEM_PROGRAMS = List.of("apt-get", "apt", "aptitude", "apk", "yum", "dnf",
            "dnf5", "microdnf", "tdnf", "zypper");

    @Test
    void noSecondCopyOfTheVocabulary() throws IOException {
        Set<String> dirs = new LinkedHashSet<>();
        for (Ecosystem e : Ecosystem.values()) {
            dirs.addAll(e.cacheDirs());
            dirs.addAll(e.indexDirs());
        }
        for (String p : SYSTEM_PROGRAMS) {
            dirs.addAll(Ecosystem.cacheDirs(p));
        }
        String pipNoCache = Ecosystem.PIP.noCacheFlags().get(0);
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.equals(HOME)).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int n = 0; n < lines.size(); n++) {
                    String line = lines.get(n);
                    String at = f + ":" + (n + 1) + ": ";
                    for (String dir : dirs) {
                        if (line.contains('"' + dir + '"')) {
                            offenders.add(at + "cache directory " + dir);
                        }
                    }
                    if (line.contains('"' + pipNoCache + '"')) {
                        offenders.add(at + "no-cache flag " + pipNoCache);
                    }
                    for (String program : SYSTEM_PROGRAMS) {
                        for (String verb : Ecosystem.ofProgram(program).indexUpdateVerbs()) {
                            if (line.contains('"' + program + '"') && line.contains('"' + verb + '"')) {
                                offenders.add(at + program + " " + verb);
                            }
                        }
                    }
                }
            }
        }
        assertThat(dirs).contains("/var/cache/apt", "/root/.cache/pip", "/var/lib/apt/lists");
        assertThat(offenders).as("ask cache.Ecosystem instead").isEmpty();
    }
}
