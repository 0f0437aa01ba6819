package dev.layerlint.cache;

import dev.layerlint.shell.ShellCommand;
import dev.layerlint.shell.ShellWord;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
            "Directory.Build.props", "Directory.Packages.props", "global.json"), List.of("/root/.nuget/packages"),
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

    /** The ecosystem of a program name ({@code pip3}, {@code apt-get}, {@code dnf}), or null. */
    public static Ecosystem ofProgram(String p) {
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
            case "dotnet", "nuget", "nuget.exe" -> DOTNET;
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
                    || sub.equals("add") || sub.equals("fetch")
                    || e == YARN && sub.equals("global") && c.positionals(NPM_FLAGS).size() > 1
                    && c.positionals(NPM_FLAGS).get(1).value().equals("add");
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
                    || sub.equals("update") || sub.equals("upgrade") || sub.equals("builddep");
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
        // zypper's -n is --non-interactive, not conda's --name: zypper's own value-taking flags
        return (e == ZYPPER ? c.subcommand(ZYPPER_FLAGS) : c.subcommand(GLOBAL_FLAGS)).toLowerCase(Locale.ROOT);
    }
}
