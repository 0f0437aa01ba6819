package dev.layerlint.config;

import dev.layerlint.cache.Builder;
import dev.layerlint.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Finds and reads configuration: {@code .layerlint.yaml} (or {@code .yml})
 * from a linted file's folder upwards, else a {@code .hadolint.yaml} there,
 * mapped. Strict: an unknown key or a bad value is an error naming the file,
 * line and key, never silently ignored.
 */
public final class ConfigLoader {
    static final List<String> KEYS = List.of("select", "ignore", "severity", "fail-on", "builder", "build-args",
            "volatile-args", "trusted-registries", "label-schema", "strict-labels", "shellcheck", "overrides");
    private static final List<String> OVERRIDE_KEYS = List.of("files", "select", "ignore", "severity");
    private static final List<String> LEVELS = List.of("error", "warning", "info", "style", "none");
    private static final List<String> LABEL_TYPES = List.of("text", "url", "semver", "hash", "rfc3339", "spdx",
            "email");

    private ConfigLoader() {
    }

    /** The configuration that applies to files in {@code dir}: the nearest file upwards, or none. */
    public static Optional<Config> find(Path dir, List<String> notices) throws ConfigException {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            for (String name : List.of(".layerlint.yaml", ".layerlint.yml")) {
                if (Files.isRegularFile(d.resolve(name))) {
                    return Optional.of(load(d.resolve(name)));
                }
            }
            for (String name : List.of(".hadolint.yaml", ".hadolint.yml")) {
                if (Files.isRegularFile(d.resolve(name))) {
                    notices.add("layerlint: using " + d.resolve(name) + " (no .layerlint.yaml): ignored rules, "
                            + "overrides, trusted registries and the failure threshold are mapped");
                    return Optional.of(loadHadolint(d.resolve(name)));
                }
            }
        }
        return Optional.empty();
    }

    public static Config load(Path file) throws ConfigException {
        String name = file.toString();
        MappingNode root = root(file, name);
        List<String> select = null;
        List<String> ignore = List.of();
        Map<String, Severity> severity = Map.of();
        String failOn = null;
        Builder builder = null;
        Map<String, String> buildArgs = Map.of();
        Set<String> volatileArgs = Set.of();
        List<String> trusted = List.of();
        Map<String, String> labels = Map.of();
        boolean strictLabels = false;
        Boolean shellcheck = null;
        List<Config.PathOverride> overrides = List.of();
        if (root != null) {
            for (NodeTuple t : root.getValue()) {
                String key = scalar(name, t.getKeyNode(), "key");
                Node v = t.getValueNode();
                switch (key) {
                    case "select" -> select = strings(name, key, v);
                    case "ignore" -> ignore = strings(name, key, v);
                    case "severity" -> severity = severities(name, key, v);
                    case "fail-on" -> failOn = oneOf(name, key, v, LEVELS);
                    case "builder" -> builder = Builder.valueOf(oneOf(name, key, v, List.of("buildkit", "classic"))
                            .toUpperCase(Locale.ROOT));
                    case "build-args" -> buildArgs = stringMap(name, key, v);
                    case "volatile-args" -> volatileArgs = new LinkedHashSet<>(strings(name, key, v));
                    case "trusted-registries" -> trusted = strings(name, key, v);
                    case "label-schema" -> {
                        labels = stringMap(name, key, v);
                        for (Map.Entry<String, String> e : labels.entrySet()) {
                            if (!LABEL_TYPES.contains(e.getValue())) {
                                throw new ConfigException(name, line(v), "label-schema: type of '" + e.getKey()
                                        + "' must be one of " + String.join(", ", LABEL_TYPES) + ", not '"
                                        + e.getValue() + "'");
                            }
                        }
                    }
                    case "strict-labels" -> strictLabels = oneOf(name, key, v, List.of("true", "false")).equals("true");
                    case "shellcheck" -> shellcheck = oneOf(name, key, v, List.of("true", "false")).equals("true");
                    case "overrides" -> overrides = overrides(name, v);
                    default -> throw unknown(name, t.getKeyNode(), key, KEYS);
                }
            }
        }
        return new Config(file, file.toAbsolutePath().getParent(), select, ignore, severity, failOn, builder,
                buildArgs, volatileArgs, trusted, labels, strictLabels, shellcheck, overrides);
    }

    /** hadolint's file: {@code ignored}, {@code override}, {@code trustedRegistries}, {@code failure-threshold}. */
    static Config loadHadolint(Path file) throws ConfigException {
        String name = file.toString();
        MappingNode root = root(file, name);
        List<String> ignore = new ArrayList<>();
        Map<String, Severity> severity = new LinkedHashMap<>();
        List<String> trusted = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        boolean strictLabels = false;
        String failOn = null;
        if (root != null) {
            for (NodeTuple t : root.getValue()) {
                String key = scalar(name, t.getKeyNode(), "key");
                Node v = t.getValueNode();
                switch (key) {
                    case "ignored" -> ignore.addAll(strings(name, key, v));
                    case "override" -> {
                        if (!(v instanceof MappingNode m)) {
                            throw new ConfigException(name, line(v), "override: expected a map of level to codes");
                        }
                        for (NodeTuple lt : m.getValue()) {
                            String level = oneOf(name, "override", lt.getKeyNode(), List.of("error", "warning", "info",
                                    "style"));
                            for (String code : strings(name, "override." + level, lt.getValueNode())) {
                                severity.put(code, Severity.valueOf(level.toUpperCase(Locale.ROOT)));
                            }
                        }
                    }
                    case "trustedRegistries" -> trusted.addAll(strings(name, key, v));
                    case "failure-threshold" -> {
                        String level = oneOf(name, key, v, List.of("error", "warning", "info", "style", "ignore",
                                "none"));
                        failOn = level.equals("ignore") ? "none" : level;
                    }
                    case "label-schema" -> labels.putAll(stringMap(name, key, v));
                    case "strict-labels" -> strictLabels = oneOf(name, key, v, List.of("true", "false"))
                            .equals("true");
                    default -> {
                        // hadolint keys layerlint has no counterpart for (no-fail, format, no-color, ...) are
                        // left to hadolint; they are not errors in its file
                    }
                }
            }
        }
        return new Config(file, file.toAbsolutePath().getParent(), null, ignore, severity, failOn, null, Map.of(),
                Set.of(), trusted, labels, strictLabels, null, List.of());
    }

    private static MappingNode root(Path file, String name) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(name, 0, "cannot read: " + e.getMessage());
        }
        try {
            Optional<Node> node = new Compose(LoadSettings.builder().setLabel(name).build()).composeString(text);
            if (node.isEmpty()) {
                return null;
            }
            if (!(node.get() instanceof MappingNode m)) {
                throw new ConfigException(name, line(node.get()), "expected a map of settings at the top");
            }
            return m;
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mk -> mk.getLine() + 1).orElse(0);
            throw new ConfigException(name, line, "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ConfigException(name, 0, "not valid YAML: " + e.getMessage());
        }
    }

    private static List<Config.PathOverride> overrides(String name, Node v) throws ConfigException {
        if (!(v instanceof SequenceNode seq)) {
            throw new ConfigException(name, line(v), "overrides: expected a list of {files, select, ignore, severity}");
        }
        List<Config.PathOverride> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode m)) {
                throw new ConfigException(name, line(item), "overrides: each entry is a map with 'files'");
            }
            List<String> files = null;
            List<String> select = null;
            List<String> ignore = List.of();
            Map<String, Severity> severity = Map.of();
            for (NodeTuple t : m.getValue()) {
                String key = scalar(name, t.getKeyNode(), "key");
                switch (key) {
                    case "files" -> files = strings(name, "overrides.files", t.getValueNode());
                    case "select" -> select = strings(name, "overrides.select", t.getValueNode());
                    case "ignore" -> ignore = strings(name, "overrides.ignore", t.getValueNode());
                    case "severity" -> severity = severities(name, "overrides.severity", t.getValueNode());
                    default -> throw unknown(name, t.getKeyNode(), "overrides." + key, OVERRIDE_KEYS);
                }
            }
            if (files == null) {
                throw new ConfigException(name, line(item), "overrides: an entry needs 'files' (globs)");
            }
            out.add(new Config.PathOverride(files, select, ignore, severity));
        }
        return out;
    }

    private static ConfigException unknown(String name, Node node, String key, List<String> known) {
        return new ConfigException(name, line(node), "unknown key '" + key + "' (known keys: "
                + String.join(", ", known) + ")");
    }

    private static Map<String, Severity> severities(String name, String key, Node v) throws ConfigException {
        Map<String, Severity> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : stringMap(name, key, v).entrySet()) {
            String level = e.getValue().toLowerCase(Locale.ROOT);
            if (!List.of("error", "warning", "info", "style").contains(level)) {
                throw new ConfigException(name, line(v), key + ": severity of " + e.getKey()
                        + " must be error, warning, info or style, not '" + e.getValue() + "'");
            }
            out.put(e.getKey(), Severity.valueOf(level.toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    private static String oneOf(String name, String key, Node v, List<String> allowed) throws ConfigException {
        String s = scalar(name, v, key).toLowerCase(Locale.ROOT);
        if (!allowed.contains(s)) {
            throw new ConfigException(name, line(v), key + ": must be one of " + String.join(", ", allowed)
                    + ", not '" + s + "'");
        }
        return s;
    }

    private static List<String> strings(String name, String key, Node v) throws ConfigException {
        if (v instanceof ScalarNode) {
            return List.of(scalar(name, v, key));
        }
        if (!(v instanceof SequenceNode seq)) {
            throw new ConfigException(name, line(v), key + ": expected a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            out.add(scalar(name, item, key));
        }
        return out;
    }

    private static Map<String, String> stringMap(String name, String key, Node v) throws ConfigException {
        if (!(v instanceof MappingNode m)) {
            throw new ConfigException(name, line(v), key + ": expected a map");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            out.put(scalar(name, t.getKeyNode(), key), scalar(name, t.getValueNode(), key));
        }
        return out;
    }

    private static String scalar(String name, Node v, String key) throws ConfigException {
        if (!(v instanceof ScalarNode s)) {
            throw new ConfigException(name, line(v), key + ": expected a single value");
        }
        return s.getValue();
    }

    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }
}
