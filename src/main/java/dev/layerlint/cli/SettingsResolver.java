package dev.layerlint.cli;

import dev.layerlint.cache.Builder;
import dev.layerlint.config.Config;
import dev.layerlint.config.ConfigException;
import dev.layerlint.config.ConfigLoader;
import dev.layerlint.model.DockerIgnore;
import dev.layerlint.rule.LintOptions;
import dev.layerlint.rule.RuleSettings;
import dev.layerlint.rule.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The settings of each input of a {@code check} run: the command line over
 * the configuration's per-path overrides over the configuration file over
 * the defaults.
 */
final class SettingsResolver {
    private final CheckOptions options;
    private final Environment environment;
    private final Map<Path, Config> configs = new ConcurrentHashMap<>();

    SettingsResolver(CheckOptions options, Environment environment) {
        this.options = options;
        this.environment = environment;
    }

    /** Finds (once per folder) the configuration of every input and prints its notices; a broken one stops the run. */
    void loadConfigs(List<Inputs.Input> inputs, PrintWriter err) throws ConfigException {
        List<String> notices = new ArrayList<>();
        Config explicit = options.configFile == null ? null : ConfigLoader.load(options.configFile);
        Map<Path, Config> byDir = new HashMap<>();
        for (Inputs.Input input : inputs) {
            Path dir = input.file() == null ? Path.of("").toAbsolutePath()
                    : input.file().toAbsolutePath().getParent();
            if (dir == null) {
                continue;
            }
            Config config = explicit;
            if (config == null) {
                config = byDir.containsKey(dir) ? byDir.get(dir) : ConfigLoader.find(dir, notices).orElse(Config.none());
                byDir.put(dir, config);
            }
            configs.put(dir, config);
        }
        for (String notice : new LinkedHashSet<>(notices)) {
            err.println(notice);
        }
    }

    /** --shellcheck or --no-shellcheck, else whether any configuration asks for it. */
    boolean shellcheckWanted() {
        if (options.shellcheck != null) {
            return options.shellcheck;
        }
        boolean wanted = false;
        for (Config c : configs.values()) { // a loop, not a stream: no lambda to spin on the one-file path
            wanted |= Boolean.TRUE.equals(c.shellcheck());
        }
        return wanted;
    }

    private Config config(Inputs.Input input) {
        Path dir = input.file() == null ? Path.of("").toAbsolutePath() : input.file().toAbsolutePath().getParent();
        return dir == null ? Config.none() : configs.getOrDefault(dir, Config.none());
    }

    ExitPolicy.FailOn failOn(Inputs.Input input) {
        Config config = config(input);
        if (options.given(CheckOption.FAIL_ON) || config.failOn() == null) {
            return options.failOn;
        }
        return ExitPolicy.FailOn.valueOf(config.failOn().toUpperCase(Locale.ROOT));
    }

    /** Command line over per-path overrides over the configuration file over defaults. */
    LintOptions lintOptions(Inputs.Input input) {
        Path dir = options.context;
        if (dir == null && input.file() != null) {
            dir = input.file().toAbsolutePath().getParent();
        }
        Config config = config(input);
        Builder b = options.given(CheckOption.BUILDER) || config.builder() == null ? options.builder : config.builder();
        Map<String, String> args = new LinkedHashMap<>(config.buildArgs());
        args.putAll(options.buildArgs);
        Set<String> volatiles = new LinkedHashSet<>(config.volatileArgs());
        volatiles.addAll(options.volatileArgs);
        List<String> selected = config.select();
        List<String> ignored = new ArrayList<>(config.ignore());
        Map<String, Severity> levels = new LinkedHashMap<>(options.severities);
        for (Config.PathOverride o : config.overrides()) {
            if (input.file() != null && config.dir() != null && matches(o.files(), config.dir(), input.file())) {
                if (o.select() != null) {
                    selected = o.select();
                }
                ignored.addAll(o.ignore());
                o.severity().forEach(levels::putIfAbsent);
            }
        }
        config.severity().forEach(levels::putIfAbsent);
        if (options.select != null) {
            selected = options.select; // an explicit selection beats every ignore of the configuration
            ignored.clear();
        }
        ignored.addAll(options.ignore);
        return new LintOptions(b, args, volatiles, dir, options.target, new RuleSettings(selected, ignored, levels),
                options.reportUnusedIgnores, config.ruleConfig(options.shellcheck, environment.env().get("PATH")));
    }

    /**
     * Whether an override's {@code files} select a Dockerfile: read as the lines of a {@code .dockerignore}
     * (BuildKit's ignore-file matcher, so {@code services/**}{@code /Dockerfile}, a folder, and {@code !}
     * exceptions mean what they mean there) against its path from the config's folder, or its file name.
     */
    private static boolean matches(List<String> globs, Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(base)) {
            return false;
        }
        String relative = base.relativize(absolute).toString().replace('\\', '/');
        DockerIgnore patterns = DockerIgnore.parse(String.join("\n", globs));
        return patterns.isExcluded(relative) || patterns.isExcluded(absolute.getFileName().toString());
    }
}
