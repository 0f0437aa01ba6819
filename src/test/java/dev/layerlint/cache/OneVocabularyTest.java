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
 * update, prompting, install or clean sub-commands next to its program name,
 * a pin's syntax or version query, a cache-disabling variable, or pip's
 * no-cache flag. What
 * it cannot see (a verb list without a program on the same line) it does
 * not claim to catch.
 */
class OneVocabularyTest {
    private static final Path MAIN = Path.of("src/main/java/dev/layerlint");
    private static final Path HOME = MAIN.resolve("cache/Ecosystem.java");
    private static final List<String> SYSTEM_PROGRAMS = List.of("apt-get", "apt", "aptitude", "apk", "yum", "dnf",
            "dnf5", "microdnf", "tdnf", "zypper");

    private static final List<String> CLEANING_PROGRAMS = List.of("apk", "yum", "dnf", "microdnf", "dnf5", "zypper",
            "yarn", "npm", "pnpm", "bun", "uv", "composer", "go", "pip");
    private static final List<String> CLEAN_WORDS = List.of("clean", "cc", "cache", "purge", "prune", "clear-cache",
            "clearcache", "dist-clean");

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

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
                        // which sub-commands prompt for a yes (BU021) and which apt verbs apt-get shares (BU026)
                        for (String verb : union(Ecosystem.promptingVerbs(program), program.startsWith("apt")
                                ? Ecosystem.aptGetVerbs() : Set.of())) {
                            if (line.contains('"' + program + '"') && line.contains('"' + verb + '"')) {
                                offenders.add(at + program + " " + verb + " (a verb list)");
                            }
                        }
                    }
                    // clean verbs of the cache rules: a program and a cleaning word on one line
                    for (String program : CLEANING_PROGRAMS) {
                        for (String word : CLEAN_WORDS) {
                            if (line.contains('"' + program + '"') && line.contains('"' + word + '"')
                                    || line.contains('"' + Ecosystem.cleanup(program) + '"')) {
                                offenders.add(at + program + " " + word + " (a clean verb)");
                            }
                        }
                    }
                    // pins and version queries (the *Unpinned rules), and the variables that turn a cache off
                    for (Ecosystem.Pin pin : Ecosystem.Pin.values()) {
                        String query = pin.versionQuery(pin.programs().iterator().next(), "");
                        if (line.contains('"' + query) || line.contains(pin.pinOf("") + '"')) {
                            offenders.add(at + "pin syntax or version query of " + pin);
                        }
                        for (String verb : pin.verbs()) {
                            for (String program : pin.programs()) {
                                if (line.contains('"' + program + '"') && line.contains('"' + verb + '"')) {
                                    offenders.add(at + program + " " + verb + " (an install verb list)");
                                }
                            }
                        }
                    }
                    for (Ecosystem e : Ecosystem.values()) {
                        if (e.cacheVariable() != null && line.contains('"' + e.cacheVariable())) {
                            offenders.add(at + "cache variable " + e.cacheVariable());
                        }
                    }
                }
            }
        }
        assertThat(dirs).contains("/var/cache/apt", "/root/.cache/pip", "/var/lib/apt/lists");
        assertThat(Ecosystem.promptingVerbs("apt-get")).contains("install");
        assertThat(Ecosystem.cleanup("dnf")).isEqualTo("dnf clean all");
        assertThat(Ecosystem.Pin.APT.versionQuery("apt-get", "curl")).isEqualTo("apt-cache policy curl");
        assertThat(offenders).as("ask cache.Ecosystem instead").isEmpty();
    }
}
