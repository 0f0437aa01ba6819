package dev.layerlint.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Random Dockerfiles built from the parser's own vocabulary: every keyword
 * of {@link InstructionSyntax#KEYWORDS} (and unknown ones), every flag of
 * the flags of each keyword's row with good, empty and odd values, every
 * mount type, heredocs in every form, ONBUILD (nested too), exec and shell
 * form, continuations, directives, and arguments that are empty, lone
 * punctuation or half-written expansions. A keyword or flag added to the
 * parser reaches the generator by itself.
 *
 * <p>The inputs are deliberately small and odd, so that each rule sees
 * shapes no fixture has: an ARG with no name, a FROM with only a flag, a
 * COPY with one word, a stage that copies from itself, a RUN whose only
 * argument is a heredoc opener.
 */
public final class InstructionGenerator {
    private static final String[] ODD = {"", " ", "=", "==", "\"", "'", "\"\"", "''", "[", "]", "[]", "[\"\"]",
        "[\"a\",]", "{", "$", "${", "${}", "${X", "${X:-}", "${X:+y}", "${X?}", "$$", "\\", "\\\\", "`", "#", "--",
        "-", "--=", "a=", "=b", "a=b=c", "\t", "\u00e9", "\u4e2d\u6587", "\uD83D\uDE00", ".", "..", "/", "//", "*",
        "**", "?", "~", ":", "a:b:c", "0", "-1", "65536", "999999999999", "1/udp", "80/TCP", "80-90/sCtP",
        "user:group", ":", "root", "1000:1000"};
    private static final String[] NAMES = {"x", "X", "build", "BUILD", "base", "scratch", "stage-1", "0", "a.b",
        "VERSION", "TOKEN", "NPM_TOKEN", "PIP_EXTRA_INDEX_URL", "BUILD_DATE", "CACHEBUST", "GIT_COMMIT", "HOME",
        "PATH", "DEBIAN_FRONTEND", "http_proxy", "TARGETPLATFORM", "BUILDPLATFORM", "context", "ctx"};
    private static final String[] IMAGES = {"debian:12", "ubuntu", "ubuntu:latest", "alpine:3.20", "python:3.12-slim",
        "node:20", "golang:1.23", "maven:3-eclipse-temurin-21", "mcr.microsoft.com/windows/servercore:ltsc2022",
        "mcr.microsoft.com/dotnet/sdk:8.0", "registry.example.com:5000/team/app@sha256:"
        + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "$BASE", "${BASE}", "${BASE:-debian}",
        "scratch", "build", "centos/app", "busybox@sha256:bad", "UPPER:Case", "localhost/x:y:z"};
    private static final String[] COMMANDS = {"apt-get update", "apt-get install -y curl", "apt-get install curl=1.2",
        "apt update && apt install -y git", "apt-get clean && rm -rf /var/lib/apt/lists/*", "apk add --no-cache git",
        "apk update", "yum install -y make", "dnf -y install gcc && dnf clean all", "microdnf install x",
        "zypper -n in curl", "pip install flask", "pip install -r requirements.txt", "pip3 install --upgrade pip",
        "python -m pip install --no-cache-dir .", "uv sync", "npm ci", "npm install -g npm@latest", "yarn install",
        "pnpm i", "go mod download", "go build -ldflags '-s -w' -o /app .", "cargo build --release",
        "mvn -B package", "gradle build", "dotnet restore", "dotnet publish -c Release", "composer install",
        "gem install bundler", "bundle install", "curl -sSL https://example.com/latest/install.sh | sh",
        "curl -fsSLo /x.tgz https://example.com/x-1.2.3.tgz && echo 'abc  /x.tgz' | sha256sum -c -",
        "wget https://example.com/master/x.zip", "wget -qO- http://x | bash", "git clone https://x/y.git",
        "cd /tmp", "cd", "chmod 777 /x", "chown -R 1000 /app", "useradd -u 1000 app", "sudo make install",
        "echo $RANDOM > /seed", "date > /built", "echo \"$(date +%s)\"", "ln -sf /bin/bash /bin/sh",
        "set -o pipefail; a | b", "a | b", "if a | b; then c; fi", "( cd x && make )", "x=$(mktemp -d); cd $x",
        "source ~/.bashrc", "bash -c \"source ~/.bashrc\"", "export A=1", "A=1 B= cmd", "exit 1", "true", ":",
        "[ -f x ] || exit", "for f in *; do echo $f; done", "case $x in a) b;; esac", "{ a; b; }", "a &", "a;",
        "&&", "||", "|", ";;", "$(", "`", "'", "\"", "\\", "<<", ">", "2>&1", "$X", "${X}", "${X:?missing}"};
    private static final String[] MOUNT_KEYS = {"type", "target", "dst", "destination", "source", "src", "from",
        "id", "sharing", "mode", "uid", "gid", "required", "readonly", "ro", "rw", "readwrite", "size", "env", "z"};
    private static final String[] MOUNT_VALUES = {"", "cache", "bind", "secret", "ssh", "tmpfs", "/root/.cache/pip",
        "/var/cache/apt", "/var/lib/apt", "/root/.npm", "/go/pkg/mod", "/root/.m2", ".", "/", "build", "locked",
        "shared", "private", "0755", "1000", "true", "false", "x", "=", "$X", "${X}"};
    private static final String[] HEREDOC_BODIES = {"", "echo hi", "apt-get update\napt-get install -y curl",
        "set -e\npip install flask", "#!/bin/bash\necho $X", "EOF", "  indented\n\ttabbed", "{\"a\": 1}",
        "$(date)", "curl https://x/latest | sh"};

    private final SplittableRandom random;

    public InstructionGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One random Dockerfile: maybe directives, maybe global ARGs, zero to three stages of random instructions. */
    public String dockerfile() {
        StringBuilder out = new StringBuilder();
        boolean backtick = false;
        if (chance(8)) {
            out.append(pick("# syntax=docker/dockerfile:1", "# syntax=", "#syntax=docker/dockerfile:1.7-labs"))
                    .append('\n');
        }
        if (chance(10)) {
            backtick = random.nextBoolean();
            out.append(backtick ? "# escape=`" : pick("# escape=\\", "# escape=", "# escape=x")).append('\n');
        }
        if (chance(10)) {
            out.append("# check=").append(pick("skip=all", "skip=JSONArgsRecommended", "error=true", "skip=",
                    "skip=" + pick(NAMES))).append('\n');
        }
        for (int n = random.nextInt(3); n > 0; n--) {
            out.append(instruction("ARG", backtick, 0)).append('\n');
        }
        int stages = chance(8) ? 0 : 1 + random.nextInt(3);
        for (int s = 0; s < stages; s++) {
            out.append(instruction("FROM", backtick, 0)).append('\n');
            for (int n = random.nextInt(7); n > 0; n--) {
                if (chance(12)) {
                    out.append(pick("", "# a comment", "# layerlint ignore=" + pick("CA001", "ST021", "BU000", "x"),
                            "# hadolint ignore=DL3008", "#")).append('\n');
                }
                out.append(instruction(keyword(), backtick, 0)).append('\n');
            }
        }
        if (stages == 0) { // a fragment: instructions with no FROM at all
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                out.append(instruction(keyword(), backtick, 0)).append('\n');
            }
        }
        String text = out.toString();
        if (chance(10) && !text.isEmpty()) {
            text = text.substring(0, text.length() - 1); // no newline at the end
        }
        if (chance(15)) {
            text = text.replace("\n", "\r\n");
        }
        return text;
    }

    private String keyword() {
        if (chance(20)) {
            return pick("FORM", "COPPY", "apt-get", "", "RUN--mount", "#RUN", "-");
        }
        return InstructionSyntax.KEYWORDS.get(random.nextInt(InstructionSyntax.KEYWORDS.size()));
    }

    /** One instruction with random flags and arguments, in the keyword's own shape most of the time. */
    private String instruction(String keyword, boolean backtick, int depth) {
        StringBuilder line = new StringBuilder(casing(keyword));
        InstructionSyntax.Syntax syntax = InstructionSyntax.of(keyword);
        Map<String, InstructionSyntax.FlagKind> own = syntax != null ? syntax.flags() : Map.of();
        List<String> flagNames = new ArrayList<>(own.keySet());
        flagNames.sort(null); // a fixed order, so a seed always means the same input
        for (int n = random.nextInt(flagNames.isEmpty() ? 2 : 4); n > 0; n--) {
            line.append(' ').append(flag(keyword, flagNames));
        }
        String args = switch (keyword) {
            case "FROM" -> join(chance(15) ? odd() : pick(IMAGES), chance(3) ? pick("AS", "as", "As")
                    + " " + (chance(5) ? odd() : pick(NAMES)) : "", chance(20) ? odd() : "");
            case "ARG" -> args(this::declaration, 0, 3);
            case "ENV", "LABEL" -> chance(4) ? join(pick(NAMES), word()) : args(this::declaration, 0, 3);
            case "RUN" -> chance(4) ? heredocs() : chance(5) ? exec() : script();
            case "CMD", "ENTRYPOINT" -> chance(2) ? exec() : script();
            case "SHELL" -> chance(3) ? exec() : word();
            case "COPY", "ADD" -> chance(4) ? heredocs() + (chance(2) ? " " + pick("/x", "/app/", ".") : "")
                    : chance(5) ? exec() : args(this::path, 0, 4);
            case "ONBUILD" -> depth > 1 || chance(10) ? word()
                    : instruction(chance(10) ? pick("ONBUILD", "FROM", "MAINTAINER") : keyword(), backtick,
                    depth + 1);
            case "HEALTHCHECK" -> pick("NONE", "CMD", "CMD " + script(), "CMD " + exec(), "cmd curl -f x", "", word());
            case "EXPOSE" -> args(() -> chance(3) ? odd() : pick("80", "443/tcp", "${PORT}", "$PORT", "53/udp",
                    "8000-8010", "80:80"), 0, 3);
            case "USER" -> pick("root", "1000", "1000:1000", "app", "ContainerUser", "$USER", "", "a b", word());
            case "WORKDIR" -> pick("/app", "app", "$HOME/x", "${DIR}", "", "C:\\\\app", "/", word());
            case "VOLUME" -> chance(2) ? exec() : args(this::path, 0, 3);
            case "STOPSIGNAL" -> pick("SIGTERM", "9", "SIGKILL", "", "SIGRTMAX", word());
            case "MAINTAINER" -> pick("me <me@example.com>", "", word());
            default -> args(this::word, 0, 3);
        };
        if (!args.isEmpty()) {
            line.append(' ').append(args);
        }
        String text = line.toString();
        if (!text.isEmpty() && chance(8)) { // a continuation somewhere, maybe with a comment or blank line inside
            char escape = backtick ? '`' : '\\';
            int at = text.indexOf(' ', random.nextInt(text.length()));
            if (at > 0) {
                text = text.substring(0, at) + " " + escape + "\n" + pick("", "# inside\n", "\n", "  # x\n")
                        + "    " + text.substring(at + 1);
            }
        }
        return text;
    }

    private String flag(String keyword, List<String> own) {
        String name = own.isEmpty() || chance(10) ? pick("mount", "from", "platform", "chmod", "unknown", "",
                "link", "checksum", "network") : own.get(random.nextInt(own.size()));
        if (name.equals("mount")) {
            return "--mount=" + mount();
        }
        if (chance(10)) {
            return "--" + name;
        }
        String value = switch (name) {
            case "from" -> pick("build", "0", "scratch", "alpine:3.20", "$X", "", "no-such-stage", "1");
            case "platform" -> pick("linux/amd64", "$BUILDPLATFORM", "${TARGETPLATFORM}", "", "windows");
            case "chmod" -> pick("755", "0777", "u+x", "", "999", "a=rwx");
            case "chown" -> pick("1000:1000", "app", "app:app", "", ":", "$UID");
            case "network" -> pick("none", "host", "default", "", "x");
            case "security" -> pick("insecure", "sandbox", "");
            case "checksum" -> pick("sha256:abc", "", "sha256:" + "0".repeat(64), "x");
            case "link", "parents", "keep-git-dir", "unpack" -> pick("true", "false", "", "x");
            case "interval", "timeout", "start-period", "start-interval" -> pick("30s", "0", "", "1h2m", "x");
            case "retries" -> pick("3", "0", "-1", "", "x");
            default -> odd();
        };
        return "--" + name + "=" + value;
    }

    private String mount() {
        List<String> options = new ArrayList<>();
        if (!chance(10)) {
            options.add("type=" + pick("cache", "bind", "secret", "ssh", "tmpfs", "", "x"));
        }
        for (int n = random.nextInt(4); n > 0; n--) {
            String key = pick(MOUNT_KEYS);
            options.add(chance(6) ? key : key + "=" + pick(MOUNT_VALUES));
        }
        return String.join(",", options);
    }

    private String declaration() {
        if (chance(8)) {
            return odd();
        }
        String name = pick(NAMES);
        return switch (random.nextInt(4)) {
            case 0 -> name;
            case 1 -> name + "=";
            default -> name + "=" + word();
        };
    }

    private String path() {
        return chance(5) ? odd() : pick(".", "./", "..", "/", "*", "src/", "package*.json", "requirements.txt",
                "go.mod", "go.sum", "pom.xml", "Cargo.toml", "*.csproj", "/app", "/app/", "./x y", "\"a b\"",
                "https://example.com/latest/x.tgz", "git@github.com:x/y.git", "$SRC", "${DEST}", "[a]", "**/x");
    }

    private String word() {
        return chance(3) ? odd() : chance(2) ? pick(NAMES) : pick(COMMANDS);
    }

    private String script() {
        StringBuilder s = new StringBuilder(pick(COMMANDS));
        for (int n = random.nextInt(3); n > 0; n--) {
            s.append(pick(" && ", " ; ", " || ", " | ", " ")).append(chance(6) ? odd() : pick(COMMANDS));
        }
        return s.toString();
    }

    private String exec() {
        if (chance(5)) {
            return pick("[", "[]", "[\"a\"", "['a']", "[\"a\", 1]", "[\"a\",]", "[\"\\\"]", "[\"sh\", \"-c\"]");
        }
        List<String> words = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            words.add("\"" + pick("sh", "-c", "/bin/bash", "python", "app.py", "powershell", "-Command", "$X",
                    "", "a b", "echo", "\\\\") + "\"");
        }
        return "[" + String.join(", ", words) + "]";
    }

    /** One or more heredocs, with their bodies and terminators (sometimes missing). */
    private String heredocs() {
        StringBuilder opener = new StringBuilder();
        StringBuilder bodies = new StringBuilder();
        for (int n = 1 + (chance(5) ? 1 : 0); n > 0; n--) {
            String name = pick("EOF", "eof", "END", "X", "E-O-F", "");
            String quote = pick("", "", "'", "\"");
            boolean dash = chance(3);
            opener.append(opener.length() > 0 ? " " : "").append(chance(8) ? "3" : "").append("<<")
                    .append(dash ? "-" : "").append(quote).append(name).append(quote);
            if (chance(3)) {
                opener.append(' ').append(pick("/x", "bash", "python3", "> /f", "| sh"));
            }
            bodies.append('\n').append(pick(HEREDOC_BODIES));
            if (!chance(12)) {
                bodies.append('\n').append(dash ? "\t" : "").append(name);
            }
        }
        return opener.append(bodies).toString();
    }

    private String args(Supplier<String> one, int min, int max) {
        List<String> out = new ArrayList<>();
        for (int n = min + random.nextInt(max - min + 1); n > 0; n--) {
            out.add(one.get());
        }
        return String.join(" ", out);
    }

    private String odd() {
        return pick(ODD);
    }

    private String casing(String keyword) {
        return switch (random.nextInt(12)) {
            case 0 -> keyword.toLowerCase(Locale.ROOT);
            case 1 -> keyword.isEmpty() ? keyword : keyword.charAt(0) + keyword.substring(1).toLowerCase(Locale.ROOT);
            default -> keyword;
        };
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty()) {
                out.append(out.length() > 0 ? " " : "").append(p);
            }
        }
        return out.toString();
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
