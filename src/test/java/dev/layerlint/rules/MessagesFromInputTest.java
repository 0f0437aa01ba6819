package dev.layerlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.layerlint.cache.Ecosystem;
import dev.layerlint.rule.Finding;
import dev.layerlint.rule.LintOptions;
import dev.layerlint.rule.Linter;
import dev.layerlint.rule.RuleConfig;
import dev.layerlint.rule.RuleSettings;
import dev.layerlint.source.SourceLoader;
import dev.layerlint.source.SourceText;
import dev.layerlint.testing.Shared;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No canned example in a message (issue #17): every rule, the ones off by
 * default too, runs on every rule fixture, and every token of a message that
 * looks like a version or a pinned name ({@code curl=8.5.0-2ubuntu10.6},
 * {@code flask==3.0.3}, {@code typescript@5.6.3}, {@code app:1.2},
 * {@code 10001:10001}, {@code 2.4.6}) must occur in the file being linted. A
 * placeholder ({@code curl=VERSION}) is not such a token, so advice can still
 * show the syntax of a pin with the package found. Derived tokens are not
 * allowed: a message that needs one must quote it from the input. The one
 * exception is a fact of {@code cache/Ecosystem} (a manager's no-cache
 * variable set to 1), which is a setting to write, not an example.
 */
class MessagesFromInputTest {
    /** A name joined to a version by a manager's pin operator, a version after an image, a uid:gid, a dotted version. */
    private static final Pattern EXAMPLE = Pattern.compile(
            "[\\w.+/-]*(?:==|~=|=|@|:|~)v?\\d[\\w.+~-]*|\\b\\d+:\\d+\\b|(?<![\\w.])\\d+\\.\\d+(?:\\.\\d+)*[\\w.+~-]*");

    /** Settings that are facts of the package-manager vocabulary, not examples: ENV PIP_NO_CACHE_DIR=1, keepcache=1. */
    private static final Set<String> VOCABULARY = Stream.concat(Arrays.stream(Ecosystem.values())
            .filter(e -> e.noCacheVariable() != null).map(e -> e.noCacheVariable() + "=1"),
            Stream.of(Ecosystem.KEEP_PACKAGES)).collect(Collectors.toSet());

    private static final LintOptions ALL = LintOptions.defaults()
            .withRules(new RuleSettings(Registry.infos().stream().map(i -> i.code()).toList(), List.of(), Map.of()))
            .withConfig(new RuleConfig(List.of("docker.io"), Map.of("org.opencontainers.image.source", "url",
                    "org.opencontainers.image.version", "semver"), true, null));

    @Test
    void everyExampleInAMessageComesFromTheInput() throws Exception {
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(Shared.projectDir().resolve("testdata/rules"))) {
            fixtures = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith("Dockerfile")).sorted().toList();
        }
        TreeSet<String> canned = new TreeSet<>();
        int findings = 0;
        for (Path p : fixtures) {
            SourceText source = SourceLoader.load(p, p.toString());
            String text = source.text();
            for (Finding f : Linter.lint(source, p, ALL, Registry.rules()).findings()) {
                findings++;
                for (String token : tokens(f.message())) {
                    if (!text.contains(token) && !VOCABULARY.contains(token)) {
                        canned.add(f.rule().code() + " \"" + token + "\" (" + p.getFileName() + ": " + f.message() + ")");
                    }
                }
            }
        }
        assertThat(findings).as("the fixtures reach the rules").isGreaterThan(300);
        assertThat(canned).as("a message example that is not in its input").isEmpty();
    }

    @Test
    void theCheckCatchesCannedExamples() {
        assertThat(tokens("pin it (curl=8.5.0-2ubuntu10.6)")).containsExactly("curl=8.5.0-2ubuntu10.6");
        assertThat(tokens("pin it (flask==3.0.3, or -r requirements.txt)")).containsExactly("flask==3.0.3");
        assertThat(tokens("name a version (app:1.2) or a digest")).containsExactly("app:1.2");
        assertThat(tokens("use the UID (USER 10001:10001)")).containsExactly("10001:10001");
        assertThat(tokens("pin it (httpd-2.4.6)")).containsExactly("2.4.6");
        assertThat(tokens("pin it (typescript@5.6.3)")).containsExactly("typescript@5.6.3");
        assertThat(tokens("pin each (curl=VERSION; apt-cache policy curl lists them)")).isEmpty();
    }

    static List<String> tokens(String message) {
        List<String> out = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(message);
        while (m.find()) {
            String t = m.group();
            while (!t.isEmpty() && ".,;)".indexOf(t.charAt(t.length() - 1)) >= 0) {
                t = t.substring(0, t.length() - 1);
            }
            out.add(t);
        }
        return out;
    }
}
