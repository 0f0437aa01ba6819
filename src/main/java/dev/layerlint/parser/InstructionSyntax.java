package dev.layerlint.parser;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What BuildKit's instruction layer accepts: keywords and the flags of each (research A.9). */
final class InstructionSyntax {
    private InstructionSyntax() {
    }

    static final List<String> KEYWORDS = List.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM",
            "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR");

    enum FlagKind { STRING, BOOL, REPEATED }

    /** Known flags per keyword; a keyword missing here takes no flags. */
    static final Map<String, Map<String, FlagKind>> FLAGS = Map.of(
            "FROM", Map.of("platform", FlagKind.STRING),
            "RUN", Map.of("mount", FlagKind.REPEATED, "network", FlagKind.STRING, "security", FlagKind.STRING,
                    "device", FlagKind.REPEATED),
            "COPY", Map.of("from", FlagKind.STRING, "chown", FlagKind.STRING, "chmod", FlagKind.STRING,
                    "link", FlagKind.BOOL, "parents", FlagKind.BOOL, "exclude", FlagKind.REPEATED),
            "ADD", Map.of("chown", FlagKind.STRING, "chmod", FlagKind.STRING, "link", FlagKind.BOOL,
                    "keep-git-dir", FlagKind.BOOL, "checksum", FlagKind.STRING, "unpack", FlagKind.BOOL,
                    "exclude", FlagKind.REPEATED),
            "HEALTHCHECK", Map.of("interval", FlagKind.STRING, "timeout", FlagKind.STRING,
                    "start-period", FlagKind.STRING, "start-interval", FlagKind.STRING, "retries", FlagKind.STRING));

    /** Instructions whose flags BuildKit never validates. */
    static final Set<String> UNCHECKED_FLAGS = Set.of("ARG", "STOPSIGNAL");

    static final Set<String> MOUNT_TYPES = Set.of("bind", "cache", "tmpfs", "secret", "ssh");

    static boolean isKnown(String keyword) {
        return KEYWORDS.contains(keyword.toUpperCase(Locale.ROOT));
    }

    /** The closest keyword within edit distance 2, or null. */
    static String suggest(String keyword) {
        return closest(keyword.toUpperCase(Locale.ROOT), KEYWORDS);
    }

    /** The candidate within edit distance 2 of {@code word} (and not too short to guess), or null. */
    static String closest(String word, java.util.Collection<String> candidates) {
        return dev.layerlint.source.Suggest.closest(word, candidates);
    }
}
