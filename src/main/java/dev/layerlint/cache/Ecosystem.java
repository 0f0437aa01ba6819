package dev.layerlint.cache;

import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one vocabulary of package managers (DESIGN.md 1b, issue #15): every
 * rule and the cost model ask here, and nowhere else, which program is which
 * manager, which sub-commands install, update the index, upgrade or clean,
 * which flags take a value, which manifest and lock files an install reads,
 * which directories hold its cache, which flags disable that cache, the
 * environment-variable prefixes the tool reads implicitly, and the
 * distribution a system package manager belongs to. {@code
 * OneVocabularyTest} fails when a copy of these facts appears elsewhere.
 */
public enum Ecosystem {
    PIP("pip", List.of("requirements.txt", "requirements*.txt", "constraints.txt", "requirements/"),
            List.of("/root/.cache/pip"), List.of("PIP_")),
    UV("uv", List.of("pyproject.toml", "uv.lock"), List.of("/root/.cache/uv"), List.of("UV_")),
    POETRY("poetry", List.of("pyproject.toml", "poetry.lock"), List.of("/root/.cache/pypoetry"), List.of("POETRY_")),
    PIPENV("pipenv", List.of("Pipfile", "Pipfile.lock"), List.of("/root/.cache/pipenv"), List.of("PIPENV_")),
    NPM("npm", List.of("package.json", "package-lock.json", "npm-shrinkwrap.json", ".npmrc"),
            List.of("/root/.npm"), List.of("NPM_CONFIG_", "npm_config_")),
    YARN("yarn", List.of("package.json", "yarn.lock", ".yarnrc", ".yarnrc.yml"),
            List.of("/usr/local/share/.cache/yarn", "/root/.yarn", "/root/.cache/yarn"), List.of("YARN_")),
    PNPM("pnpm", List.of("package.json", "pnpm-lock.yaml", "pnpm-workspace.yaml", ".npmrc"),
            List.of("/root/.local/share/pnpm/store", "/pnpm/store", "/root/.pnpm-store"), List.of("PNPM_",
            "NPM_CONFIG_", "npm_config_")),
    BUN("bun", List.of("package.json", "bun.lockb", "bun.lock", "bunfig.toml"), List.of("/root/.bun/install/cache"),
            List.of("BUN_")),
    GO("go", List.of("go.mod", "go.sum"), List.of("/go/pkg/mod", "/root/go/pkg/mod", "/root/.cache/go-build"),
            List.of("GOPROXY", "GOPRIVATE", "GOFLAGS", "GONOSUMDB", "GOSUMDB")),
    MAVEN("maven", List.of("pom.xml", ".mvn/"), List.of("/root/.m2"), List.of("MAVEN_")),
    GRADLE("gradle", List.of("build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts",
            "gradle.properties", "gradle/", "gradlew"), List.of("/root/.gradle", "/home/gradle/.gradle"),
            List.of("GRADLE_", "ORG_GRADLE_")),
    CARGO("cargo", List.of("Cargo.toml", "Cargo.lock"), List.of("/usr/local/cargo/registry", "/root/.cargo/registry"),
            List.of("CARGO_")),
    BUNDLER("bundler", List.of("Gemfile", "Gemfile.lock"), List.of("/usr/local/bundle/cache", "/root/.bundle"),
            List.of("BUNDLE_")),
    COMPOSER("composer", List.of("composer.json", "composer.lock"), List.of("/root/.composer/cache",
            "/tmp/cache", "/root/.cache/composer"), List.of("COMPOSER_")),
    DOTNET("dotnet", List.of("*.csproj", "*.fsproj", "*.vbproj", "*.sln", "nuget.config", "NuGet.Config",
            "Directory.Build.props", "Directory.Packages.props", "global.json", "packages.config"), List.of("/root/.nuget/packages"),
            List.of("NUGET_", "DOTNET_")),
    MIX("mix", List.of("mix.exs", "mix.lock"), List.of("/root/.hex", "/root/.mix"), List.of("HEX_", "MIX_")),
    CONDA("conda", List.of("environment.yml", "environment.yaml", "conda-lock.yml"),
            List.of("/opt/conda/pkgs", "/root/.conda/pkgs"), List.of("CONDA_")),
    APT("apt", List.of(), List.of("/var/cache/apt", "/var/lib/apt"), List.of()),
    APK("apk", List.of(), List.of("/var/cache/apk", "/etc/apk/cache"), List.of()),
    YUM("yum", List.of(), List.of(Ecosystem.YUM_CACHE, Ecosystem.DNF_CACHE, Ecosystem.DNF5_CACHE,
            Ecosystem.TDNF_CACHE), List.of()),
    ZYPPER("zypper", List.of(), List.of("/var/cache/zypp"), List.of());

    private static final String YUM_CACHE = "/var/cache/yum";
    private static final String DNF_CACHE = "/var/cache/dnf";
    private static final String DNF5_CACHE = "/var/cache/libdnf5";
    private static final String TDNF_CACHE = "/var/cache/tdnf";
    private static final List<String> APT_INDEX = List.of("/var/lib/apt/lists", "/var/lib/apt");
    private static final List<String> PIP_NO_CACHE = List.of("--no-cache-dir", "--no-cache");
    private static final List<String> NO_CACHE = List.of("--no-cache");
    private static final Set<String> TRUE_WORDS = Set.of("1", "true", "yes", "on");
    private static final Set<String> PIP_BOOLEAN_WORDS = Set.of("1", "true", "yes", "on", "off", "0", "false", "no");
    private static final Set<String> UPDATE = Set.of("update");
    private static final Set<String> MAKECACHE = Set.of("makecache");
    private static final Set<String> REFRESH = Set.of("refresh", "ref");
    private static final Set<String> UPGRADE = Set.of("upgrade");
    private static final Set<String> APT_UPGRADE = Set.of("upgrade", "dist-upgrade", "full-upgrade");
    private static final Set<String> YUM_UPGRADE = Set.of("update", "upgrade", "distro-sync");
    private static final Set<String> ZYPPER_UPGRADE = Set.of("update", "up", "dist-upgrade", "dup");

    private static final String[] APT_FLAGS = {"-o", "-c", "-t", "--target-release", "--option", "--config-file"};
    private static final String[] APK_FLAGS = {"-t", "--virtual", "-X", "--repository", "--repositories-file", "-p",
            "--root", "--arch", "--cache-dir", "--keys-dir"};
    private static final String[] RPM_FLAGS = {"-c", "--config", "--installroot", "--releasever", "-x", "--exclude",
            "--enablerepo", "--disablerepo", "--setopt", "--repo", "--repofrom", "--nodocs-only", "--forcearch",
            "-d", "--debuglevel", "-e", "--errorlevel"};
    private static final String[] ZYPPER_FLAGS = {"-t", "--type", "-r", "--repo", "--from", "-R", "--root",
            "-D", "--reposd-dir", "-C", "--cache-dir"};
    private static final String[] PIP_FLAGS = {"-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i",
            "--index-url", "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root",
            "--trusted-host", "--platform", "--python-version", "--implementation", "--abi", "--src",
            "--upgrade-strategy", "--progress-bar", "--log", "--cache-dir", "--timeout", "--retries", "--proxy",
            "--cert", "--client-cert", "--global-option", "--install-option", "--no-binary", "--only-binary",
            "--config-settings", "-C", "--python", "--report", "--exists-action", "--keyring-provider", "--root-user-action"};
    private static final String[] NPM_FLAGS = {"--registry", "--loglevel", "--prefix", "-w", "--workspace", "--tag",
            "--cache", "--userconfig", "--omit", "--include", "--install-strategy"};
    private static final String[] NO_FLAGS = {};
    /** Value-taking flags that may precede a sub-command (apt -o/-c, yarn --cwd, npm --prefix, pnpm -C, conda). */
    private static final String[] GLOBAL_FLAGS = {"-o", "-f", "--file", "-C", "--cwd", "--prefix", "-p", "-n", "--name",
        "-c"};
    private static final String[] GEM_FLAGS = {"-i", "--install-dir", "-n", "--bindir", "--source", "-s", "-P",
            "--trust-policy", "--platform", "-v", "--version", "--build-root", "--document"};


    private final String label;
    private final List<String> manifests;
    private final List<String> cacheDirs;
    private final List<String> envPrefixes;

    Ecosystem(String label, List<String> manifests, List<String> cacheDirs, List<String> envPrefixes) {
        this.label = label;
        this.manifests = manifests;
        this.cacheDirs = cacheDirs;
        this.envPrefixes = envPrefixes;
    }

    public String label() {
        return label;
    }

    /** Manifest and lock file names (globs; a trailing / is a directory). */
    public List<String> manifests() {
        return manifests;
    }

    public List<String> cacheDirs() {
        return cacheDirs;
    }

    public boolean isSystemPackageManager() {
        return distribution() != null;
    }

    /**
     * The distribution family of a system package manager: {@code debian}
     * (apt: Debian, Ubuntu), {@code alpine} (apk), {@code rhel} (yum, dnf,
     * microdnf, tdnf: RHEL, Fedora, CentOS, Amazon Linux, Photon),
     * {@code suse} (zypper); null for a language's package manager.
     */
    public String distribution() {
        return switch (this) {
            case APT -> "debian";
            case APK -> "alpine";
            case YUM -> "rhel";
            case ZYPPER -> "suse";
            default -> null;
        };
    }

    private static final Set<String> DEBIAN_IMAGES = Set.of("debian", "ubuntu", "buildpack-deps");
    private static final List<String> DEBIAN_TAGS = List.of("bookworm", "bullseye", "buster", "stretch", "trixie",
            "forky", "sid", "jammy", "focal", "noble", "bionic", "xenial", "resolute", "plucky", "oracular", "slim");
    private static final Set<String> RHEL_IMAGES = Set.of("centos", "fedora", "rockylinux", "almalinux", "amazonlinux",
            "oraclelinux", "ubi", "ubi-minimal", "ubi8", "ubi9", "ubi10", "ubi8-minimal", "ubi9-minimal", "photon",
            "azurelinux", "mariner", "cbl-mariner", "centos-stream");
    private static final List<String> RHEL_TAGS = List.of("azurelinux", "cbl-mariner", "ubi8", "ubi9", "centos",
            "fedora", "amazonlinux", "rockylinux", "almalinux", "oraclelinux");

    /**
     * The system package manager of a base image when its name or tag tells
     * the distribution ({@code alpine:3.20}, {@code python:3.12-alpine},
     * {@code node:22-bookworm-slim}, {@code ubuntu}, {@code fedora}, {@code
     * registry.suse.com/bci/bci-base}), else null (an unknown image, a
     * variable, {@code scratch}, BusyBox, Windows).
     */
    public static Ecosystem ofImage(String image) {
        if (image == null) {
            return null;
        }
        String ref = image.toLowerCase(Locale.ROOT);
        int at = ref.indexOf('@');
        if (at >= 0) {
            ref = ref.substring(0, at);
        }
        int slash = ref.lastIndexOf('/');
        int colon = ref.indexOf(':', slash + 1);
        String name = ref.substring(slash + 1, colon < 0 ? ref.length() : colon);
        String tag = colon < 0 ? "" : ref.substring(colon + 1);
        if (name.contains("alpine") || tag.contains("alpine")) {
            return APK;
        }
        if (DEBIAN_IMAGES.contains(name) || DEBIAN_TAGS.stream().anyMatch(tag::contains)) {
            return APT;
        }
        if (RHEL_IMAGES.contains(name) || RHEL_TAGS.stream().anyMatch(tag::contains)) {
            return YUM;
        }
        if (ref.contains("opensuse") || ref.contains("/suse/") || ref.contains("bci/") || name.startsWith("sles")) {
            return ZYPPER;
        }
        return null;
    }

    /** Whether an image is BusyBox ({@code busybox}, {@code busybox:1.36-musl}): no package manager, BusyBox applets. */
    public static boolean isBusyboxImage(String image) {
        if (image == null) {
            return false;
        }
        String ref = image.toLowerCase(Locale.ROOT);
        int colon = ref.indexOf(':', ref.lastIndexOf('/') + 1);
        String path = colon < 0 ? ref : ref.substring(0, colon);
        return path.equals("busybox") || path.endsWith("/busybox");
    }

    /**
     * Whether a distribution's base image brings BusyBox applets for the
     * everyday tools ({@code wget}, {@code sh}, {@code tar}) rather than the
     * GNU ones: Alpine. BusyBox wget has no {@code --progress} and draws one
     * redrawn meter line; {@code apk add wget} installs GNU wget over it.
     */
    public boolean busyboxTools() {
        return this == APK;
    }

    /** The sub-commands that refresh a system manager's package index (and nothing else). */
    public Set<String> indexUpdateVerbs() {
        return switch (this) {
            case APT, APK -> UPDATE;
            case YUM -> MAKECACHE;
            case ZYPPER -> REFRESH;
            default -> Set.of();
        };
    }

    /** The sub-commands that upgrade the installed packages of a system manager. */
    public Set<String> upgradeVerbs() {
        return switch (this) {
            case APT -> APT_UPGRADE;
            case APK -> UPGRADE;
            case YUM -> YUM_UPGRADE;
            case ZYPPER -> ZYPPER_UPGRADE;
            default -> Set.of();
        };
    }

    /**
     * The flags of an install that keep no download cache (pip takes any
     * unambiguous prefix of a long option, so {@code --no-cache} is
     * {@code --no-cache-dir}).
     */
    public List<String> noCacheFlags() {
        return switch (this) {
            case PIP -> PIP_NO_CACHE;
            case APK, UV, BUN, COMPOSER -> NO_CACHE;
            default -> List.of();
        };
    }

    /**
     * The environment variable that turns the download cache off when set
     * ({@code PIP_NO_CACHE_DIR}, {@code UV_NO_CACHE}), or null. pip reads
     * any boolean word in it as "disable" (its flag is inverted, so 0 and
     * off disable too).
     */
    public String noCacheVariable() {
        return switch (this) {
            case PIP -> "PIP_NO_CACHE_DIR";
            case UV -> "UV_NO_CACHE";
            default -> null;
        };
    }

    /** Whether a value of {@link #noCacheVariable()} disables the cache (pip: any boolean word; uv: a true one). */
    public boolean disablesCache(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return this == PIP ? PIP_BOOLEAN_WORDS.contains(v) : TRUE_WORDS.contains(v);
    }

    /**
     * The environment variable that redirects or disables this manager's
     * download cache (set at all, the cache is handled on purpose), or null:
     * {@code PIP_NO_CACHE_DIR}, {@code UV_NO_CACHE}, {@code COMPOSER_CACHE_DIR},
     * {@code NPM_CONFIG_CACHE}, {@code GOCACHE}.
     */
    public String cacheVariable() {
        return switch (this) {
            case PIP, UV -> noCacheVariable();
            case COMPOSER -> "COMPOSER_CACHE_DIR";
            case NPM -> "NPM_CONFIG_CACHE";
            case GO -> "GOCACHE";
            default -> null;
        };
    }

    private static final Pattern CLEANS_CACHE = Pattern.compile("(npm|pnpm|yarn) (cache clean|store prune).*"
            + "|uv cache (clean|prune).*|composer(\\.phar)? (clear-cache|clearcache|cc).*|go clean .*-(mod)?cache.*"
            + "|bun pm cache rm.*");
    private static final Set<String> ZYPPER_CLEAN = Set.of("clean", "cc");

    /**
     * Whether this command empties its manager's download cache: {@code apk
     * cache clean}, {@code yum}/{@code dnf clean}, {@code zypper clean},
     * {@code yarn}/{@code npm cache clean}, {@code pnpm store prune}, {@code uv
     * cache clean}, {@code composer clear-cache}, {@code go clean -cache
     * -modcache}, {@code bun pm cache rm}, {@code pip cache purge}.
     */
    public static boolean cleansCache(ShellCommand c) {
        Ecosystem e = ofProgram(c);
        if (e == null) {
            return false;
        }
        return switch (e) {
            case APK -> c.subcommand().equals("cache") && c.toString().contains("clean");
            case YUM -> c.subcommand().equals("clean");
            case ZYPPER -> ZYPPER_CLEAN.contains(c.subcommand());
            case YARN -> c.subcommand().equals("cache") && c.toString().contains("clean")
                    || CLEANS_CACHE.matcher(c.toString()).matches();
            case PIP -> c.toString().contains("cache purge");
            default -> CLEANS_CACHE.matcher(c.toString()).matches();
        };
    }

    /** Whether this command deletes apt's package lists ({@code apt-get dist-clean}). */
    public static boolean cleansIndex(ShellCommand c) {
        return ofProgram(c) == APT && c.subcommand(APT_FLAGS).equals("dist-clean");
    }

    /** The command that empties a program's download cache, for advice ({@code dnf clean all}), or null. */
    public static String cleanup(String program) {
        return switch (program) {
            case "yum", "dnf", "microdnf", "dnf5", "tdnf" -> program + " clean all";
            case "zypper" -> "zypper clean";
            case "yarn" -> "yarn cache clean";
            case "npm" -> "npm cache clean --force";
            case "pnpm" -> "pnpm store prune";
            case "bun" -> "bun pm cache rm";
            case "uv" -> "uv cache clean";
            case "composer", "composer.phar" -> "composer clear-cache";
            case "cargo" -> "rm -rf " + CARGO.cacheDirs().get(0);
            case "go" -> "go clean -cache -modcache";
            case "apk" -> "apk cache clean";
            default -> isPip(program) ? "pip cache purge" : null;
        };
    }

    private static final Set<String> APT_PROMPTS = Set.of("install", "upgrade", "dist-upgrade", "full-upgrade",
            "remove", "purge", "autoremove", "build-dep");
    private static final Set<String> RPM_PROMPTS = Set.of("install", "groupinstall", "localinstall", "update",
            "upgrade", "remove", "erase", "reinstall", "downgrade");
    private static final Set<String> ZYPPER_PROMPTS = Set.of("install", "in", "remove", "rm", "source-install", "si",
            "patch", "update", "up", "dist-upgrade", "dup");
    private static final Set<String> APT_GET_VERBS = Set.of("install", "update", "upgrade", "dist-upgrade",
            "full-upgrade", "remove", "purge", "autoremove", "clean", "autoclean");

    /**
     * The sub-commands of a system package manager's program that stop and
     * ask for confirmation unless told yes (apt-get, apt, yum, dnf, zypper);
     * empty for other programs.
     */
    public static Set<String> promptingVerbs(String program) {
        return switch (program) {
            case "apt-get", "apt" -> APT_PROMPTS;
            case "yum", "dnf" -> RPM_PROMPTS;
            case "zypper" -> ZYPPER_PROMPTS;
            default -> Set.of();
        };
    }

    /** The programs that have {@link #promptingVerbs}. */
    public static String[] promptingPrograms() {
        return new String[] {"apt-get", "apt", "yum", "dnf", "zypper"};
    }

    /** The sub-command a prompting program runs, its value-taking flags skipped. */
    public static String promptingVerb(ShellCommand c) {
        return c.subcommand(valuedFlags(c.program()));
    }

    /**
     * Whether a command answers the confirmation itself: {@code -y} (apt,
     * yum, dnf), {@code -n}/{@code -y} (zypper), and apt's other ways: two
     * {@code -q}, a simulation, {@code APT::Get::Assume-Yes=true}.
     */
    public static boolean answersYes(ShellCommand c) {
        return switch (c.program()) {
            case "apt-get", "apt" -> c.hasFlag("-y", "--yes", "--assume-yes", "-qq", "-s", "--simulate", "--dry-run",
                    "--just-print", "--no-act", "--recon") || c.hasFlag("-q=2", "--quiet=2")
                    || c.args().stream().filter(a -> a.value().equals("-q")).count() >= 2
                    || c.toString().contains("APT::Get::Assume-Yes=true");
            case "zypper" -> c.hasFlag("-n", "--non-interactive", "-y", "--no-confirm");
            default -> c.hasFlag("-y", "--assumeyes");
        };
    }

    /** The flag that answers the confirmation for a program ({@code -y}; zypper's global {@code -n}). */
    public static String yesFlag(String program) {
        return program.equals("zypper") ? "-n" : "-y";
    }

    /** The sub-commands of {@code apt} that {@code apt-get} has with the same meaning. */
    public static Set<String> aptGetVerbs() {
        return APT_GET_VERBS;
    }

    /** Whether this command passes one of its manager's flags that disable the download cache. */
    public static boolean disablesCache(ShellCommand c) {
        Ecosystem e = ofProgram(c);
        if (e != null) {
            for (String flag : e.noCacheFlags()) {
                if (c.hasFlag(flag)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where apt keeps the package index {@code apt-get update} downloads (the
     * lists, then their parent); empty for the other managers, whose index
     * lives in their cache directory.
     */
    public List<String> indexDirs() {
        return this == APT ? APT_INDEX : List.of();
    }

    /**
     * The cache directories of one program, the one a cache mount should
     * cover first: the rhel family differs by program (yum and microdnf:
     * /var/cache/yum, dnf 4, dnf 5, tdnf; dnf may be dnf 5 on a recent
     * Fedora, so its list holds both); the other programs share their
     * ecosystem's.
     */
    public static List<String> cacheDirs(String program) {
        return switch (program) {
            case "yum" -> List.of(YUM_CACHE);
            case "dnf" -> List.of(DNF_CACHE, DNF5_CACHE, YUM_CACHE);
            case "microdnf" -> List.of(YUM_CACHE, DNF_CACHE, DNF5_CACHE); // libdnf's default for microdnf
            case "dnf5" -> List.of(DNF5_CACHE, DNF_CACHE, YUM_CACHE);
            case "tdnf" -> List.of(TDNF_CACHE);
            default -> {
                Ecosystem e = ofProgram(program);
                yield e == null ? List.of() : e.cacheDirs();
            }
        };
    }

    /** The ecosystem whose index this command updates ({@code apt-get update}, {@code dnf makecache}), else null. */
    public static Ecosystem updatingIndex(ShellCommand c) {
        Ecosystem e = ofProgram(c);
        return e != null && e.indexUpdateVerbs().contains(subcommand(c, e)) ? e : null;
    }

    /** The system ecosystem whose installed packages this command upgrades ({@code apk upgrade}), else null. */
    public static Ecosystem upgrading(ShellCommand c) {
        Ecosystem e = ofProgram(c);
        return e != null && e.upgradeVerbs().contains(subcommand(c, e)) ? e : null;
    }

    /** Whether the tool reads this environment variable without being told. */
    public boolean readsVariable(String name) {
        for (String prefix : envPrefixes) {
            if (prefix.endsWith("_") ? name.startsWith(prefix) : name.equals(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The ecosystem whose package manager this command is, if it is one at all ({@code python -m pip} is pip). */
    public static Ecosystem ofProgram(ShellCommand c) {
        return ofProgram(programOf(c));
    }

    /**
     * The ecosystem of a program name ({@code pip3}, {@code apt-get}, {@code dnf}), or null. The
     * cross-compilation wrappers of tonistiigi/xx ({@code xx-apt-get}, {@code xx-apk}, {@code xx-go},
     * {@code xx-cargo}) run the manager they name.
     */
    public static Ecosystem ofProgram(String p) {
        if (p.startsWith("xx-") && p.length() > 3) {
            Ecosystem wrapped = ofProgram(p.substring(3));
            if (wrapped != null) {
                return wrapped;
            }
        }
        return switch (p) {
            case "uv" -> UV;
            case "poetry" -> POETRY;
            case "pipenv" -> PIPENV;
            case "npm" -> NPM;
            case "yarn" -> YARN;
            case "pnpm" -> PNPM;
            case "bun" -> BUN;
            case "go" -> GO;
            case "mvn", "mvnw" -> MAVEN;
            case "gradle", "gradlew" -> GRADLE;
            case "cargo" -> CARGO;
            case "bundle", "bundler" -> BUNDLER;
            case "composer", "composer.phar" -> COMPOSER;
            case "dotnet", "nuget" -> DOTNET;
            case "mix" -> MIX;
            case "conda", "mamba", "micromamba" -> CONDA;
            case "apt-get", "apt", "aptitude" -> APT;
            case "apk" -> APK;
            case "yum", "dnf", "microdnf", "tdnf", "dnf5" -> YUM;
            case "zypper" -> ZYPPER;
            default -> isPip(p) ? PIP : null;
        };
    }

    /** The flags of a package manager's program that take a value (apt-get, apk, the rhel family, zypper, pip, npm, gem, ...). */
    public static String[] valuedFlags(String program) {
        return switch (program) {
            case "apt-get", "apt", "aptitude" -> APT_FLAGS;
            case "apk" -> APK_FLAGS;
            case "yum", "dnf", "microdnf", "tdnf" -> RPM_FLAGS;
            case "zypper" -> ZYPPER_FLAGS;
            case "npm", "yarn", "pnpm", "bun" -> NPM_FLAGS;
            case "uv", "pipx" -> PIP_FLAGS;
            case "cargo" -> new String[] {"--version", "--vers", "--git", "--branch", "--tag", "--rev", "--path",
                "--root", "--index", "--registry", "--features", "-F", "--target", "--profile", "-j", "--jobs",
                "--bin", "--example", "--target-dir", "--config", "-Z"};
            case "composer", "composer.phar" -> new String[] {"-d", "--working-dir"};
            case "gem" -> GEM_FLAGS;
            case "go" -> new String[] {"-ldflags", "-gcflags", "-asmflags", "-tags", "-o", "-mod", "-modfile", "-C",
                "-p", "-pkgdir", "-toolexec", "-overlay", "-exec"};
            default -> isPip(program) ? PIP_FLAGS : NO_FLAGS;
        };
    }

    /** pip, pip3, pip3.12 (no regex: this is asked of every command). */
    public static boolean isPip(String program) {
        return program.startsWith("pip") && versionSuffix(program, 3);
    }

    /** pip for {@code python -m pip} (python, python3, python3.12), otherwise the program. */
    public static String programOf(ShellCommand c) {
        String p = c.program();
        if (p.startsWith("python") && versionSuffix(p, 6)) {
            List<ShellWord> args = c.args();
            if (args.size() >= 2 && args.get(0).value().equals("-m") && isPip(args.get(1).value())) {
                return "pip";
            }
        }
        return p;
    }

    private static boolean versionSuffix(String program, int from) {
        for (int i = from; i < program.length(); i++) {
            char ch = program.charAt(i);
            if (ch != '.' && (ch < '0' || ch > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The ecosystem when this command installs or downloads packages (an
     * expensive step), else null.
     */
    public static Ecosystem installing(ShellCommand c) {
        Ecosystem e = ofProgram(c);
        if (e == null) {
            return null;
        }
        String sub = subcommand(c, e);
        boolean installs = switch (e) {
            case PIP -> sub.equals("install") || sub.equals("download") || sub.equals("wheel");
            case UV -> sub.equals("sync") || sub.equals("pip") || sub.equals("install") || sub.equals("tool");
            case POETRY, PIPENV, COMPOSER, BUNDLER, MIX -> sub.equals("install") || sub.equals("update")
                    || sub.equals("sync") || sub.equals("deps.get") || sub.equals("lock");
            case NPM -> sub.equals("ci") || sub.equals("install") || sub.equals("i") || sub.equals("add");
            case YARN, PNPM, BUN -> sub.isEmpty() || sub.equals("install") || sub.equals("i")
                    || sub.equals("add") || sub.equals("fetch") || sub.equals("global") && secondPositional(c, e)
                    .equals("add");
            case GO -> sub.equals("mod") || sub.equals("build") || sub.equals("install") || sub.equals("get")
                    || sub.equals("generate") || sub.equals("test");
            case MAVEN, GRADLE -> !c.hasFlag("--version", "-v", "-version", "--help", "-h");
            case CARGO -> sub.equals("build") || sub.equals("fetch") || sub.equals("install") || sub.equals("test");
            case DOTNET -> sub.equals("restore") || sub.equals("build") || sub.equals("publish")
                    || sub.equals("test");
            case CONDA -> sub.equals("install") || sub.equals("create") || sub.equals("env") || sub.equals("update");
            case APT -> sub.equals("install") || sub.equals("upgrade") || sub.equals("dist-upgrade")
                    || sub.equals("build-dep");
            case APK -> sub.equals("add") || sub.equals("upgrade");
            case YUM -> sub.equals("install") || sub.equals("groupinstall") || sub.equals("localinstall")
                    || sub.equals("reinstall") || sub.equals("update") || sub.equals("upgrade")
                    || sub.equals("builddep");
            case ZYPPER -> sub.equals("install") || sub.equals("in") || sub.equals("update") || sub.equals("up")
                    || sub.equals("dist-upgrade") || sub.equals("dup");
        };
        return installs ? e : null;
    }

    /**
     * Whether this install reads nothing but manifest and lock files (so they
     * can be copied first): {@code npm ci}, {@code pip install -r
     * requirements.txt}, {@code go mod download}, ...; not {@code pip install .}
     * or {@code go build}, which need the sources.
     */
    public static boolean installsFromManifestOnly(ShellCommand c, Ecosystem e) {
        String sub = subcommand(c, e);
        return switch (e) {
            case PIP -> sub.equals("install") && (c.hasFlag("-r", "--requirement", "-c", "--constraint"))
                    && c.positionals("-r", "--requirement", "-c", "--constraint", "-i", "--index-url",
                    "--extra-index-url", "--target", "-t", "--prefix", "--root").stream()
                    .skip(1).noneMatch(w -> w.value().equals(".") || w.value().startsWith("./")
                            || w.value().startsWith("-e"));
            case UV -> sub.equals("sync") || (sub.equals("pip") && c.hasFlag("-r", "--requirement"));
            case POETRY -> sub.equals("install") && (c.hasFlag("--no-root") || c.hasFlag("--only"));
            case PIPENV -> sub.equals("install") || sub.equals("sync");
            case NPM -> (sub.equals("ci") || sub.equals("install") || sub.equals("i"))
                    && c.positionals("--registry", "--cache", "--prefix", "--omit", "--include").size() <= 1;
            case YARN, PNPM, BUN -> (sub.isEmpty() || sub.equals("install") || sub.equals("i") || sub.equals("fetch"))
                    && c.positionals("--registry", "--cache-folder", "--modules-folder", "--network-timeout")
                    .size() <= 1;
            case GO -> sub.equals("mod") && c.positionals().size() >= 2
                    && c.positionals().get(1).value().equals("download");
            case MAVEN -> c.args().stream().anyMatch(w -> w.value().startsWith("dependency:go-offline")
                    || w.value().startsWith("dependency:resolve")
                    || w.value().contains("maven-dependency-plugin") && w.value().contains("go-offline"));
            case CARGO -> sub.equals("fetch");
            case BUNDLER, COMPOSER, MIX -> sub.equals("install") || sub.equals("deps.get");
            case DOTNET -> sub.equals("restore");
            case CONDA -> (sub.equals("env") || sub.equals("create") || sub.equals("install"))
                    && c.hasFlag("-f", "--file");
            default -> false;
        };
    }

    private static String secondPositional(ShellCommand c, Ecosystem e) {
        List<ShellWord> p = c.positionals(valuedFlags(c.program()));
        return p.size() > 1 ? p.get(1).value().toLowerCase(Locale.ROOT) : "";
    }

    private static final String GO_BUILD_CACHE = "/root/.cache/go-build";
    private static final Set<String> GO_BUILDS = Set.of("build", "install", "test", "generate", "run", "vet");

    /**
     * The cache directories this command fills, the one a cache mount helps
     * most first: the program's ({@link #cacheDirs(String)}), except that a
     * Go build, install or test mainly reuses the build cache
     * ({@code GOCACHE}, {@code /root/.cache/go-build}) while {@code go mod}
     * and {@code go get} fill the module cache.
     */
    public static List<String> cacheDirs(ShellCommand c) {
        Ecosystem e = ofProgram(c);
        if (e == GO && GO_BUILDS.contains(subcommand(c, e))) {
            return List.of(GO_BUILD_CACHE, "/go/pkg/mod", "/root/go/pkg/mod");
        }
        return cacheDirs(programOf(c));
    }

    /**
     * The environment variable that moves a cache directory elsewhere
     * ({@code GOCACHE=/go-build}, {@code PIP_CACHE_DIR}), or null. The Go
     * module cache also follows {@code GOPATH} ({@code $GOPATH/pkg/mod}).
     */
    public static String cacheDirVariable(String dir) {
        return switch (dir) {
            case GO_BUILD_CACHE -> "GOCACHE";
            case "/go/pkg/mod", "/root/go/pkg/mod" -> "GOMODCACHE";
            case "/root/.cache/pip" -> "PIP_CACHE_DIR";
            case "/root/.cache/uv" -> "UV_CACHE_DIR";
            case "/root/.npm" -> "npm_config_cache";
            case "/usr/local/share/.cache/yarn" -> "YARN_CACHE_FOLDER";
            case "/root/.cache/pypoetry" -> "POETRY_CACHE_DIR";
            case "/root/.gradle" -> "GRADLE_USER_HOME";
            case "/root/.nuget/packages" -> "NUGET_PACKAGES";
            case "/root/.bun/install/cache" -> "BUN_INSTALL_CACHE_DIR";
            default -> null;
        };
    }

    /**
     * A cache directory relative to the user's home ({@code .cache/pip} for
     * {@code /root/.cache/pip}), or null when it does not depend on the user
     * ({@code /var/cache/apt}, {@code /go/pkg/mod}): the directories above
     * are root's; another USER's are under its own home.
     */
    public static String homeRelative(String dir) {
        return dir.startsWith("/root/") ? dir.substring("/root/".length()) : null;
    }

    /**
     * Whether this command downloads no package at all, so a download cache
     * cannot help: {@code dotnet build/publish/test --no-restore},
     * {@code mvn -o}, {@code gradle --offline}, {@code cargo --offline} or
     * {@code --frozen}, {@code go ... -mod=vendor}.
     */
    public static boolean fetchesNothing(ShellCommand c) {
        Ecosystem e = ofProgram(c);
        if (e == null) {
            return false;
        }
        return switch (e) {
            case DOTNET -> c.hasFlag("--no-restore");
            case MAVEN -> c.hasFlag("-o", "--offline");
            case GRADLE, CARGO -> c.hasFlag("--offline") || e == CARGO && c.hasFlag("--frozen");
            case GO -> c.args().stream().anyMatch(w -> w.value().equals("-mod=vendor")
                    || w.value().equals("--mod=vendor")) || "vendor".equals(c.flagValue("-mod"));
            default -> false;
        };
    }

    /**
     * Whether this command builds (or tests, or installs from the sources)
     * and fetches the project's dependencies itself on the way: {@code go
     * build}, {@code mvn package}, {@code gradle build}, {@code cargo build},
     * {@code dotnet publish}. Not when it is told to stay offline or not to
     * restore ({@code --offline}, {@code --frozen}, {@code --no-restore},
     * {@code -mod=vendor}), nor {@code go install tool@version}, which
     * fetches a named module rather than the project's dependencies.
     */
    public static boolean fetchesOwnDependencies(ShellCommand c, Ecosystem e) {
        if (installing(c) != e || installsFromManifestOnly(c, e)) {
            return false;
        }
        String sub = subcommand(c, e);
        return switch (e) {
            case GO -> (sub.equals("build") || sub.equals("install") || sub.equals("get") || sub.equals("test"))
                    && !c.hasFlag("-mod=vendor") && !"vendor".equals(c.flagValue("-mod"))
                    && c.positionals(valuedFlags("go")).stream().skip(1).noneMatch(w -> w.value().contains("@"));
            case MAVEN, GRADLE -> !c.hasFlag("-o", "--offline");
            case CARGO -> (sub.equals("build") || sub.equals("test") || sub.equals("install") && c.hasFlag("--path"))
                    && !c.hasFlag("--offline", "--frozen");
            case DOTNET -> c.program().equals("dotnet") && (sub.equals("build") || sub.equals("publish")
                    || sub.equals("test")) && !c.hasFlag("--no-restore");
            default -> false;
        };
    }

    /**
     * Whether a system install keeps the packages it downloads in its cache
     * directory: dnf, yum, microdnf and tdnf delete them after installing
     * unless {@code keepcache} is on ({@code --setopt=keepcache=1}; a
     * {@code keepcache=1} written into dnf.conf or yum.conf is for the caller
     * to find); the others keep them (apt-get until Debian's docker-clean
     * hook runs).
     */
    public static final String KEEP_PACKAGES = "keepcache=1";

    public static boolean keepsPackages(ShellCommand c) {
        if (ofProgram(c) != YUM) {
            return true;
        }
        for (ShellWord w : c.args()) {
            String v = w.value().toLowerCase(Locale.ROOT).replace(" ", "");
            if (v.startsWith("--setopt=keepcache=") || v.startsWith("keepcache=")) {
                String value = v.substring(v.indexOf("keepcache=") + "keepcache=".length());
                return value.equals("1") || value.equals("true") || value.equals("yes");
            }
        }
        return false;
    }

    /**
     * The command that fetches the dependencies of this ecosystem's build
     * from the manifests alone (so it can run before the sources are copied),
     * spelled with the given program ({@code ./mvnw}); null for the
     * ecosystems whose install already reads only the manifests.
     */
    public String fetchStep(String program) {
        return switch (this) {
            case GO -> program + " mod download";
            case MAVEN -> program + " dependency:go-offline";
            case GRADLE -> program + " dependencies";
            case CARGO -> program + " fetch";
            case DOTNET -> program + " restore";
            default -> null;
        };
    }

    /** Windows package managers and their installing verbs (choco, cinst, winget, scoop). */
    private static final Set<String> WINDOWS_MANAGER_VERBS = Set.of("install", "upgrade", "update", "add");
    /** PowerShell cmdlets that download and install modules, packages or Windows features. */
    private static final Set<String> WINDOWS_INSTALL_CMDLETS = Set.of("install-module", "install-package",
            "install-packageprovider", "install-script", "update-module", "install-windowsfeature",
            "add-windowsfeature", "enable-windowsoptionalfeature", "add-windowscapability", "add-windowspackage",
            "install-psresource");
    private static final Pattern INSTALLER_FILE = Pattern.compile("(?i).*\\.(msi|msu|exe)['\"]?");

    /**
     * What a command of a cmd or PowerShell script installs, as a message
     * names it ({@code choco install}, {@code Install-Module},
     * {@code Start-Process msiexec}), or null: Windows package managers
     * (Chocolatey, winget, Scoop), PowerShell's install cmdlets, Windows
     * features ({@code DISM /Enable-Feature}), and installers run by
     * {@code msiexec} or {@code Start-Process} on an {@code .msi}, {@code .msu}
     * or {@code .exe} file. The language package managers (nuget, dotnet, pip,
     * npm...) are {@link #installing}'s, as on Linux.
     */
    public static String windowsInstalling(ShellCommand c) {
        String p = c.program();
        List<ShellWord> words = c.effectiveWords();
        if (words.isEmpty()) {
            return null;
        }
        String written = words.get(0).value();
        if (p.equals("choco") || p.equals("cinst") || p.equals("winget") || p.equals("scoop")) {
            String sub = p.equals("cinst") ? "install" : c.subcommand().toLowerCase(Locale.ROOT);
            return WINDOWS_MANAGER_VERBS.contains(sub) ? p + " " + sub : null;
        }
        if (WINDOWS_INSTALL_CMDLETS.contains(p)) {
            return written;
        }
        if (p.equals("dism") && c.args().stream().anyMatch(w -> w.value().toLowerCase(Locale.ROOT)
                .matches("/(enable-feature|add-package|add-capability).*"))) {
            return "DISM " + c.args().stream().filter(w -> w.value().startsWith("/") && !w.value()
                    .equalsIgnoreCase("/online")).findFirst().map(ShellWord::value).orElse("");
        }
        if (p.equals("msiexec")) {
            return "msiexec";
        }
        if (p.equals("start-process") || p.equals("saps") || p.equals("start")) {
            for (ShellWord w : c.args()) {
                String v = w.value();
                if (ShellCommand.basename(v).equals("msiexec") || INSTALLER_FILE.matcher(v).matches()
                        && !v.toLowerCase(Locale.ROOT).endsWith("powershell.exe")
                        && !v.toLowerCase(Locale.ROOT).endsWith("cmd.exe")) {
                    return written + " " + v;
                }
            }
        }
        return null;
    }

    /**
     * The command of the RUN that runs {@link #fetchStep} where only the
     * manifests have been copied: cargo reads no manifest without a target,
     * so an empty {@code src/lib.rs} stands in for the sources while it
     * fetches (and is removed; the COPY of the sources brings the real ones).
     */
    public String fetchRun(String program) {
        String step = fetchStep(program);
        return this == CARGO && step != null ? "mkdir -p src && touch src/lib.rs && " + step + " && rm src/lib.rs"
                : step;
    }

    /**
     * Whether this install names every package it installs and reads no
     * file of the working directory: a global tool ({@code npm install -g
     * npm@latest}, {@code yarn global add x}), {@code pip install --upgrade
     * pip}, {@code go install tool@v1}, {@code cargo install tool}. Not
     * {@code pip install -r requirements.txt}, {@code pip install .}, a local
     * {@code npm install x} (it reads ./package.json) or any path.
     */
    public static boolean installsNamedPackagesOnly(ShellCommand c) {
        Ecosystem e = installing(c);
        if (e == null || e.isSystemPackageManager()) {
            return false;
        }
        String sub = subcommand(c, e);
        List<ShellWord> named = switch (e) {
            case PIP -> sub.equals("install") && !c.hasFlag("-r", "--requirement", "-c", "--constraint", "-e",
                    "--editable") ? c.positionals(valuedFlags("pip")) : null;
            case NPM, PNPM, BUN -> (sub.equals("install") || sub.equals("i") || sub.equals("add"))
                    && c.hasFlag("-g", "--global") ? c.positionals(NPM_FLAGS) : null;
            case YARN -> sub.equals("global") ? c.positionals(NPM_FLAGS) : null;
            case GO -> sub.equals("install") && c.positionals(valuedFlags("go")).size() > 1
                    && c.positionals(valuedFlags("go")).stream().skip(1).allMatch(w -> w.value().contains("@"))
                    ? c.positionals(valuedFlags("go")) : null;
            case CARGO -> sub.equals("install") && !c.hasFlag("--path") ? c.positionals(valuedFlags("cargo")) : null;
            default -> null;
        };
        if (named == null || named.size() < 2) {
            return false;
        }
        int skip = e == YARN ? 2 : 1; // the sub-command (yarn: global add)
        if (e == YARN && !named.get(1).value().equals("add")) {
            return false;
        }
        for (ShellWord w : named.subList(Math.min(skip, named.size()), named.size())) {
            String v = w.value();
            boolean remote = v.contains("://") || v.startsWith("git+");
            if (!remote && (v.startsWith(".") || v.startsWith("/") || v.startsWith("~") || v.startsWith("file:")
                    || v.endsWith(".whl") || v.endsWith(".tgz") || v.endsWith(".tar.gz") || v.endsWith(".zip")
                    || v.contains("/") && e != NPM && e != PNPM && e != BUN && e != YARN && e != GO)) {
                return false;
            }
        }
        return named.size() > skip;
    }

    /** The sub-command of a manager's command, its value-taking global flags skipped. */
    public static String subcommand(ShellCommand c, Ecosystem e) {
        if (e == PIP && c.program().startsWith("python")) {
            return c.args().size() > 2 ? c.args().get(2).value().toLowerCase(Locale.ROOT) : "";
        }
        // zypper's -n is --non-interactive (not conda's --name), yum's -C is --cacheonly: their own valued flags
        return c.subcommand(e == ZYPPER ? ZYPPER_FLAGS : e == YUM ? RPM_FLAGS : GLOBAL_FLAGS).toLowerCase(Locale.ROOT);
    }

    /**
     * How each manager installs packages by name and pins their versions:
     * the programs and sub-commands that take package names, whether a
     * package word already carries a version (or is a file, path or URL,
     * which pins itself), how a pin is written for a package, and the command
     * that lists the versions on offer. The *Unpinned rules read only this.
     */
    public enum Pin {
        APT(Ecosystem.APT, Set.of("apt-get", "apt", "aptitude"), Set.of("install"), "=") {
            @Override
            public boolean pinned(String word, ShellCommand command) {
                return word.contains("=") || word.contains("/") || word.endsWith(".deb");
            }

            @Override
            public String versionQuery(String program, String name) {
                return "apt-cache policy " + name;
            }
        },
        APK(Ecosystem.APK, Set.of("apk"), Set.of("add"), "=") {
            @Override
            public boolean pinned(String word, ShellCommand command) {
                return word.contains("=") || word.contains("~") || word.contains("<") || word.contains(">")
                        || word.endsWith(".apk");
            }

            @Override
            public String versionQuery(String program, String name) {
                return "apk policy " + name;
            }
        },
        YUM(Ecosystem.YUM, Set.of("yum"), Set.of("install", "localinstall"), "-") {
            @Override
            public boolean pinned(String word, ShellCommand command) {
                return rpmPinned(word, command);
            }

            @Override
            public String versionQuery(String program, String name) {
                return "yum --showduplicates list " + name;
            }
        },
        DNF(Ecosystem.YUM, Set.of("dnf", "dnf5", "microdnf", "tdnf"), Set.of("install"), "-") {
            @Override
            public boolean pinned(String word, ShellCommand command) {
                return rpmPinned(word, command);
            }

            @Override
            public String versionQuery(String program, String name) {
                // microdnf has no list command: dnf's answer is the same repositories'
                return (program.equals("tdnf") ? "tdnf" : "dnf") + " --showduplicates list " + name;
            }
        },
        ZYPPER(Ecosystem.ZYPPER, Set.of("zypper"), Set.of("install", "in"), "=") {
            @Override
            public boolean pinned(String word, ShellCommand command) {
                return word.contains("=") || word.contains("<") || word.contains(">") || word.endsWith(".rpm");
            }

            @Override
            public String versionQuery(String program, String name) {
                return "zypper search --details " + name;
            }
        },
        PIP(Ecosystem.PIP, Set.of("pip", "uv", "pipx"), Set.of("install"), "==") {
            @Override
            public boolean pinned(String word, ShellCommand command) {
                return word.contains("<") || word.contains(">") || word.contains("@") || word.contains("==")
                        || word.contains("~=") || word.contains("!=") || word.contains("/") || word.startsWith(".")
                        || word.endsWith(".whl") || word.endsWith(".tar.gz") || word.endsWith(".tgz")
                        || word.endsWith(".zip") || word.endsWith(".tar.bz2") || word.contains("://");
            }

            @Override
            public String versionQuery(String program, String name) {
                return "pip index versions " + name;
            }
        },
        NPM(Ecosystem.NPM, Set.of("npm", "yarn", "pnpm", "bun"), Set.of("install", "i", "add", "in", "isntall"), "@") {
            @Override
            public boolean pinned(String word, ShellCommand command) {
                String name = word.startsWith("@") ? word.substring(1) : word;
                return name.contains("@") || word.contains("#") || word.contains("://") || word.startsWith(".")
                        || word.startsWith("/") || word.startsWith("~") || word.startsWith("file:")
                        || word.endsWith(".tgz") || word.endsWith(".tar.gz")
                        || !word.startsWith("@") && word.contains("/") && !word.contains(":");
            }

            @Override
            public String versionQuery(String program, String name) {
                return "npm view " + name + " version";
            }
        },
        GO(Ecosystem.GO, Set.of("go"), Set.of("install", "get", "run"), "@") {
            @Override
            public boolean pinned(String word, ShellCommand command) {
                if (word.startsWith(".") || word.startsWith("/") || word.endsWith(".go") || !word.contains(".")
                        && !word.contains("@")) {
                    return true; // local packages, files, and std/short names
                }
                int at = word.lastIndexOf('@');
                String v = at > 0 ? word.substring(at + 1) : "";
                return at > 0 && !v.equals("latest") && !v.equals("none") && !v.isEmpty();
            }

            @Override
            public String name(String word) {
                int at = word.lastIndexOf('@');
                return at > 0 ? word.substring(0, at) : word;
            }

            @Override
            public String versionQuery(String program, String name) {
                return "go list -m -versions " + name;
            }
        },
        GEM(Ecosystem.BUNDLER, Set.of("gem"), Set.of("install", "i"), ":") {
            @Override
            public boolean pinned(String word, ShellCommand command) {
                return word.contains(":") || word.endsWith(".gem") || command.hasFlag("-v", "--version");
            }

            @Override
            public String versionQuery(String program, String name) {
                return "gem list --remote --exact " + name;
            }
        },
        CARGO(Ecosystem.CARGO, Set.of("cargo"), Set.of("install"), "@") {
            @Override
            public boolean pinned(String word, ShellCommand command) {
                return word.contains("@") || command.hasFlag("--version", "--vers", "--path", "--rev", "--tag")
                        || word.startsWith(".") || word.startsWith("/");
            }

            @Override
            public String versionQuery(String program, String name) {
                return "cargo search --limit 1 " + name;
            }
        },
        COMPOSER(Ecosystem.COMPOSER, Set.of("composer", "composer.phar"), Set.of("require"), ":") {
            @Override
            public boolean pinned(String word, ShellCommand command) {
                // a version word of its own ("vendor/pkg 1.2") is not a package
                return word.contains(":") || word.contains("=") || !word.contains("/");
            }

            @Override
            public String versionQuery(String program, String name) {
                return "composer show --all " + name;
            }
        };

        private final Ecosystem ecosystem;
        private final Set<String> programs;
        private final Set<String> verbs;
        private final String separator;

        Pin(Ecosystem ecosystem, Set<String> programs, Set<String> verbs, String separator) {
            this.ecosystem = ecosystem;
            this.programs = programs;
            this.verbs = verbs;
            this.separator = separator;
        }

        public Ecosystem ecosystem() {
            return ecosystem;
        }

        /** The programs that install this way (pip also stands for pip3, pip3.12 and python -m pip). */
        public Set<String> programs() {
            return programs;
        }

        /** The sub-commands that take package names ({@code install}, {@code add}, {@code require}). */
        public Set<String> verbs() {
            return verbs;
        }

        /** Whether a command's program is one of this manager's ({@code python3 -m pip} counts as pip). */
        public boolean runs(ShellCommand c) {
            String program = programOf(c);
            return programs.contains(program) || this == PIP && isPip(program);
        }

        /** Whether a package word carries a version, or is a file, path or URL, which pins itself. */
        public abstract boolean pinned(String word, ShellCommand command);

        /** The package's name in a word ({@code tool@latest} is {@code tool} for go). */
        public String name(String word) {
            return word;
        }

        /** A pin of a package in this manager's syntax, the version left as the placeholder VERSION. */
        public String pinOf(String name) {
            return name + separator + "VERSION";
        }

        /** The command that lists the versions of a package on offer (run in the image, for the system managers). */
        public abstract String versionQuery(String program, String name);

        /** The rpm family: {@code name-1.2}, {@code name=1.2}, a file or path, a group; a module needs {@code :stream}. */
        static boolean rpmPinned(String word, ShellCommand command) {
            if (command.subcommand().equals("module") || command.args().stream().anyMatch(a -> a.value().equals("module"))) {
                return word.contains(":");
            }
            for (int i = word.indexOf('-'); i >= 0 && i + 1 < word.length(); i = word.indexOf('-', i + 1)) {
                if (Character.isDigit(word.charAt(i + 1)) && word.charAt(i + 1) < 128) {
                    return true; // name-1.2.3
                }
            }
            return word.contains("=") || word.endsWith(".rpm") || word.contains("/") || word.startsWith("@");
        }
    }
}
