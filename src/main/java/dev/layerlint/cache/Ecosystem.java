package dev.layerlint.cache;

import dev.layerlint.shell.ShellCommand;
import java.util.List;
import java.util.Locale;

/**
 * What layerlint knows of a package manager: the command that installs
 * dependencies from manifest and lock files alone, those files, the cache
 * directory a {@code RUN --mount=type=cache} should cover, and the
 * environment-variable prefixes the tool reads implicitly.
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
    YUM("yum", List.of(), List.of("/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/tdnf"),
            List.of()),
    ZYPPER("zypper", List.of(), List.of("/var/cache/zypp"), List.of());

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
        return this == APT || this == APK || this == YUM || this == ZYPPER;
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

    /** The ecosystem whose package manager this command is, if it is one at all. */
    public static Ecosystem ofProgram(ShellCommand c) {
        String p = c.program();
        return switch (p) {
            case "pip", "pip3", "pip2" -> PIP;
            case "python", "python3", "python2" -> c.args().size() >= 2 && c.args().get(0).value().equals("-m")
                    && c.args().get(1).value().startsWith("pip") ? PIP : null;
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
            case "dotnet" -> DOTNET;
            case "mix" -> MIX;
            case "conda", "mamba", "micromamba" -> CONDA;
            case "apt-get", "apt", "aptitude" -> APT;
            case "apk" -> APK;
            case "yum", "dnf", "microdnf", "tdnf" -> YUM;
            case "zypper" -> ZYPPER;
            default -> null;
        };
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
                    || sub.equals("add") || sub.equals("fetch");
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

    private static String subcommand(ShellCommand c, Ecosystem e) {
        if (e == PIP && c.program().startsWith("python")) {
            return c.args().size() > 2 ? c.args().get(2).value().toLowerCase(Locale.ROOT) : "";
        }
        return c.subcommand("-o", "-f", "--file", "-C", "--cwd", "--prefix", "-p", "-n", "--name", "-c")
                .toLowerCase(Locale.ROOT);
    }
}
