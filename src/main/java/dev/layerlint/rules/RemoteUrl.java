package dev.layerlint.rules;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a download URL (or a git ref) names: one artifact, pinned by a
 * version, a commit or a content hash, or a moving target (a branch, a
 * "latest" link, a release line, a name with no version at all). The one home
 * of that vocabulary: an architecture ({@code x86_64}, {@code amd64}) is not a
 * version, {@code 11.x} is a release line, {@code /2.6/get-pip.py} names the
 * newest script for a language release, {@code releases/download/<tag>/} is a
 * tag.
 *
 * <p>Variables are resolved by the caller, which marks them in the text: a
 * variable whose value is a version, or is not known here (a build argument,
 * a shell variable), is the author saying "this part is the version"
 * ({@link #PIN}); an architecture variable says nothing ({@link #ARCH}).
 */
public final class RemoteUrl {
    /** Stands for a variable that pins (its value is a version, or unknown). */
    public static final char PIN = '\u0001';
    /** Stands for a variable that names an architecture or platform. */
    public static final char ARCH = '\u0002';

    private static final Pattern ARCHITECTURE = Pattern.compile("(?i)(x86[_-]64|amd64|arm64|aarch64|armv\\d+\\w*|armhf"
            + "|armel|i[3-6]86|x64|x86|ppc64le|ppc64|s390x|riscv64|loong64|mips64\\w*|win(32|64)|linux(32|64)"
            + "|(32|64)-?bit|musl|glibc)");
    /** A release line: 11.x, 3.*. */
    private static final Pattern RELEASE_LINE = Pattern.compile("(?i)\\d+(\\.\\d+)*\\.(x|\\*)(?![a-z0-9])");
    private static final Pattern STRONG = Pattern.compile("\\d+\\.\\d+\\.\\d+|[0-9a-fA-F]{32,}"
            + "|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
            + "|(?<![0-9])(19|20)\\d\\d-?[01]\\d-?[0-3]\\d(?![0-9])|(?<![0-9])\\d{5,}|\\{\\d+}|[@=]sha256:|" + PIN);
    /** A version in a file name: tool-1.4.tar.gz, go1.21, jdk-27_linux. */
    private static final Pattern FILE_VERSION = Pattern.compile("\\d+\\.\\d+|(?<=[-_.@]v?)\\d+(?=[-_.+]|$)");
    /** A commit SHA as a whole path segment. */
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{7,40}");
    private static final Pattern TAG_SHAPE = Pattern.compile("(?i)\\d+[._]\\d+|^v\\d|^[a-z]*[-_]?v?\\d+([._-]\\d+)+");
    private static final Set<String> MOVING = Set.of("latest", "nightly", "master", "main", "stable", "current",
            "head", "snapshot", "edge", "trunk", "develop", "dev", "canary", "beta", "lts", "next", "release",
            "insiders", "unstable", "testing", "rolling", "tip");
    private static final Pattern MOVING_WORD = Pattern.compile("(?i)(?<![a-z])(latest|nightly|master|main|stable"
            + "|current|head|snapshot|edge|trunk|develop|canary|lts|unstable|rolling)(?![a-z])");
    /** Segments after which a release URL names its tag. */
    private static final Set<String> TAG_PARENTS = Set.of("download", "releases", "tags", "tag", "release");
    /** Keys, signatures, checksum lists and repository definitions: stable by design, or what verifies a file. */
    private static final Pattern KEY_OR_SIGNATURE = Pattern.compile("(?i).*(\\.(gpg|asc|key|pub|sig|sha256|sha512|"
            + "sha256sum|sha512sum|sha1|md5|pem|crt|sign|repo|list)|/gpg|/key|/keys|KEYS|gpg[-_]?key|pubkey"
            + "|sha\\d*sums?(\\.txt)?|checksums?(\\.txt)?)$");

    private RemoteUrl() {
    }

    /** Whether a word is a URL a download tool fetches (http, https, ftp). */
    public static boolean isUrl(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://") || l.startsWith("ftp://");
    }

    /** The URL without query and fragment. */
    public static String stripQuery(String url) {
        int q = url.indexOf('?');
        int h = url.indexOf('#');
        int cut = q < 0 ? h : h < 0 ? q : Math.min(q, h);
        return cut < 0 ? url : url.substring(0, cut);
    }

    /** The path of a URL (no scheme, host, query): versions in host names (python3.org) do not count. */
    public static String path(String url) {
        String u = stripQuery(url);
        int scheme = u.indexOf("://");
        int slash = u.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "/" : u.substring(slash);
    }

    /** The last path segment ({@code tool.tgz}), or "". */
    public static String fileName(String url) {
        String p = path(url);
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** A key, a signature or a checksum file: not a moving artifact (what it verifies is). */
    public static boolean isKeyOrSignature(String url) {
        return KEY_OR_SIGNATURE.matcher(stripQuery(url)).matches();
    }

    /**
     * Why the URL names a moving target ("latest", "an architecture is not a
     * version", ...), or null when it is pinned.
     */
    public static String moving(String url) {
        String path = path(url);
        String plain = RELEASE_LINE.matcher(ARCHITECTURE.matcher(path).replaceAll("")).replaceAll("");
        if (STRONG.matcher(plain).find()) {
            return null;
        }
        Matcher moving = MOVING_WORD.matcher(path);
        String movingWord = moving.find() ? moving.group(1) : null;
        String[] segments = plain.split("/");
        String last = segments.length == 0 ? "" : segments[segments.length - 1];
        if (FILE_VERSION.matcher(last).find() && !MOVING_WORD.matcher(last).find()) {
            return null; // tool-1.4.tar.gz, also in a "stable" folder
        }
        if (movingWord == null) {
            for (int i = 0; i < segments.length; i++) {
                String s = segments[i];
                boolean isLast = i == segments.length - 1;
                if (i > 0 && TAG_PARENTS.contains(segments[i - 1].toLowerCase(Locale.ROOT)) && hasDigit(s)) {
                    return null; // releases/download/v2/...
                }
                if (s.length() > 1 && (s.charAt(0) == 'v' || s.charAt(0) == 'V') && s.indexOf('.') > 0
                        && TAG_SHAPE.matcher(s).find()) {
                    return null; // /v1.2/
                }
                if (!isLast && COMMIT.matcher(s).matches() && hasDigit(s) && hasLetter(s)) {
                    return null; // a commit in a raw URL
                }
            }
        }
        if (movingWord != null) {
            return "\"" + movingWord + "\" moves";
        }
        Matcher line = RELEASE_LINE.matcher(path);
        if (line.find()) {
            return line.group() + " is a release line, not a version";
        }
        Matcher arch = ARCHITECTURE.matcher(path);
        if (arch.find() && hasDigit(arch.group())) {
            return arch.group() + " is an architecture, not a version";
        }
        return "no version in it";
    }

    /**
     * Whether a git ref (a branch or tag name, a commit) is pinned: a commit
     * SHA, a tag-shaped name ({@code v1.2.3}, {@code 4.8.21}, {@code go1.21}),
     * or a variable. A branch name ({@code main}, {@code rhel9},
     * {@code demo-rootless}) moves.
     */
    public static boolean isPinnedRef(String ref) {
        if (ref == null || ref.isEmpty()) {
            return false;
        }
        String r = ref.startsWith("refs/tags/") ? ref.substring(10) : ref.startsWith("tags/") ? ref.substring(5) : ref;
        if (ref.startsWith("refs/heads/") || ref.startsWith("origin/")) {
            return false;
        }
        if (r.indexOf(PIN) >= 0 && r.replace(String.valueOf(PIN), "").chars().noneMatch(Character::isLetter)) {
            return true; // "${VERSION}", v${VERSION}
        }
        if (r.indexOf(PIN) >= 0 && (r.charAt(0) == 'v' || r.charAt(0) == 'V')) {
            return true;
        }
        String plain = r.replace(String.valueOf(PIN), "0");
        if (MOVING.contains(plain.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return COMMIT.matcher(plain).matches() && hasDigit(plain) || TAG_SHAPE.matcher(plain).find()
                || plain.equals("FETCH_HEAD");
    }

    /** Whether a variable's value pins the part of a URL it fills: a version, not a word like "latest". */
    public static boolean isVersionValue(String value) {
        if (value.contains("://") || value.contains("/")) {
            return false;
        }
        String plain = ARCHITECTURE.matcher(value).replaceAll("");
        return hasDigit(plain) && !MOVING_WORD.matcher(value).find() && !RELEASE_LINE.matcher(value).find();
    }

    /** Whether a variable name says it holds an architecture or platform, not a version. */
    public static boolean isArchitectureName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("arch") || n.contains("platform") || n.equals("targetos") || n.equals("os");
    }

    /** Whether the value is an architecture word ({@code amd64}). */
    public static boolean isArchitecture(String value) {
        return !value.isEmpty() && ARCHITECTURE.matcher(value).replaceAll("").isEmpty();
    }

    /** The host of a URL, lower case, without user info and port ({@code [::1]} kept in brackets). */
    public static String host(String url) {
        int scheme = url.indexOf("://");
        String rest = scheme < 0 ? url : url.substring(scheme + 3);
        int end = 0;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(0, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        int close = authority.indexOf(']');
        int port = authority.startsWith("[") && close > 0 ? close + 1 : authority.indexOf(':');
        return (port < 0 ? authority : authority.substring(0, port)).toLowerCase(Locale.ROOT);
    }

    /** A URL to this machine: localhost, 127.x, 0.0.0.0, [::1]. */
    public static boolean isThisMachine(String url) {
        String h = host(url);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("0.0.0.0") || h.equals("[::1]");
    }

    /**
     * A URL that does not cross a network nobody controls: this machine, a host of the build network
     * (10.x, 192.168.x, a name without a dot, {@code .local}, {@code .internal}), or a host named by a
     * variable whose value is not known.
     */
    public static boolean isLocal(String url) {
        String h = host(url);
        return h.isEmpty() || h.contains("$") || h.indexOf(PIN) >= 0 || h.indexOf(ARCH) >= 0 || !h.contains(".")
                || isThisMachine(url) || h.startsWith("10.") || h.startsWith("192.168.") || h.endsWith(".local")
                || h.endsWith(".internal");
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
