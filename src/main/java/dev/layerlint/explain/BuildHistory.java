package dev.layerlint.explain;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.layerlint.cache.Builder;
import dev.layerlint.fix.AtomicWrite;
import dev.layerlint.json.JsonText;
import dev.layerlint.model.BuildContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A build history (docs/explain-history.md): the builds a builder's cache
 * holds, as {@code explain --record} appended them, one entry per build with
 * everything the cache key is made of that a Dockerfile alone does not say:
 * the Dockerfile and .dockerignore text, the build arguments given, the
 * target, the builder, and for every context file that reaches the builder
 * its content hash and mode (never its mtime: builders do not key on it).
 */
public final class BuildHistory {
    /** The format version this class reads and writes. */
    public static final int VERSION = 1;

    /** A context file as the cache key sees it: the SHA-256 of its content (or of a link's target) and its mode. */
    public record FileState(String sha256, String mode) {
    }

    /**
     * One recorded build. {@code dockerignore} is null when the context had none; {@code bases}: the content
     * each base image tag named in that build (image as written after FROM, to the digest or image ID the user
     * gave with --base-digest), empty when none was given.
     */
    public record Build(String recorded, Builder builder, String target, String dockerfilePath, String dockerfile,
                        String dockerignore, Map<String, String> buildArgs, Map<String, FileState> context,
                        Map<String, String> bases) {
        public Build {
            buildArgs = Collections.unmodifiableMap(new LinkedHashMap<>(buildArgs));
            context = Collections.unmodifiableMap(new TreeMap<>(context));
            bases = Collections.unmodifiableMap(new TreeMap<>(bases));
        }
    }

    private BuildHistory() {
    }

    /** The builds of a history file, oldest first; none when the file does not exist yet. */
    public static List<Build> load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Build> out = new ArrayList<>();
        try {
            JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            int version = root.has("version") ? root.get("version").getAsInt() : -1;
            if (version != VERSION) {
                throw new IOException("not a layerlint build history of version " + VERSION + " (version "
                        + version + ")");
            }
            for (JsonElement e : root.getAsJsonArray("builds")) {
                JsonObject b = e.getAsJsonObject();
                Map<String, String> args = new LinkedHashMap<>();
                if (b.has("buildArgs")) {
                    b.getAsJsonObject("buildArgs").entrySet().forEach(a -> args.put(a.getKey(),
                            a.getValue().getAsString()));
                }
                Map<String, FileState> context = new TreeMap<>();
                if (b.has("context")) {
                    b.getAsJsonObject("context").entrySet().forEach(f -> {
                        JsonObject s = f.getValue().getAsJsonObject();
                        context.put(f.getKey(), new FileState(s.get("sha256").getAsString(),
                                s.get("mode").getAsString()));
                    });
                }
                Map<String, String> bases = new TreeMap<>();
                if (b.has("bases")) { // histories recorded before --base-digest have none
                    b.getAsJsonObject("bases").entrySet().forEach(i -> bases.put(i.getKey(),
                            i.getValue().getAsString()));
                }
                out.add(new Build(string(b, "recorded"), Builder.valueOf(b.get("builder").getAsString()
                        .toUpperCase(Locale.ROOT)), string(b, "target"), string(b, "dockerfilePath"),
                        string(b, "dockerfile"), string(b, "dockerignore"), args, context, bases));
            }
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException
                 | UnsupportedOperationException e) {
            throw new IOException("not a layerlint build history: " + e.getMessage());
        }
        return out;
    }

    /** How a build argument's value is written: its SHA-256, never the value (a history file is a CI artifact). */
    static final String ARG_DIGEST = "sha256:";

    /** A build argument's value as the history keeps it: {@code sha256:HEX} of its UTF-8 bytes. */
    public static String digest(String value) {
        if (value == null || value.startsWith(ARG_DIGEST)) {
            return value;
        }
        try {
            return ARG_DIGEST + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The arguments of a recorded build with each digest replaced by the value
     * it stands for, where that value is known: one given to this build, or an
     * ARG default written in this Dockerfile. A digest that matches neither
     * stays a digest: a value no longer known, which differs from every value
     * of this build (a changed argument).
     */
    public static Map<String, String> reveal(Map<String, String> recorded, Map<String, String> given,
                                             Map<String, List<String>> defaults) {
        Map<String, String> out = new LinkedHashMap<>();
        recorded.forEach((name, value) -> {
            String known = value;
            if (value != null && value.startsWith(ARG_DIGEST)) {
                List<String> candidates = new ArrayList<>();
                if (given.containsKey(name)) {
                    candidates.add(given.get(name));
                }
                candidates.addAll(defaults.getOrDefault(name, List.of()));
                for (String c : candidates) {
                    if (c != null && digest(c).equals(value)) {
                        known = c;
                        break;
                    }
                }
            }
            out.put(name, known);
        });
        return out;
    }

    /** Appends a build to a history file (created if missing), atomically. */
    public static void append(Path file, Build build) throws IOException {
        List<Build> builds = new ArrayList<>(load(file));
        builds.add(build);
        JsonObject root = new JsonObject();
        root.addProperty("version", VERSION);
        JsonArray array = new JsonArray();
        for (Build b : builds) {
            JsonObject o = new JsonObject();
            o.add("recorded", nullable(b.recorded()));
            o.addProperty("builder", b.builder().name().toLowerCase(Locale.ROOT));
            o.add("target", nullable(b.target()));
            o.add("dockerfilePath", nullable(b.dockerfilePath()));
            o.add("dockerfile", nullable(b.dockerfile()));
            o.add("dockerignore", nullable(b.dockerignore()));
            JsonObject args = new JsonObject();
            b.buildArgs().forEach((name, value) -> args.addProperty(name, digest(value)));
            o.add("buildArgs", args);
            JsonObject context = new JsonObject();
            b.context().forEach((path, state) -> {
                JsonObject s = new JsonObject();
                s.addProperty("sha256", state.sha256());
                s.addProperty("mode", state.mode());
                context.add(path, s);
            });
            o.add("context", context);
            if (!b.bases().isEmpty()) {
                JsonObject bases = new JsonObject();
                b.bases().forEach(bases::addProperty);
                o.add("bases", bases);
            }
            array.add(o);
        }
        root.add("builds", array);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicWrite.write(file, JsonText.toString(root, JsonText.PLAIN) + "\n", false);
    }

    /** How a directory is recorded: its path with a trailing slash, {@code dir} for the hash, and its mode. */
    public static final String DIRECTORY = "dir";

    /**
     * The state of every file of a context that reaches the builder (its
     * .dockerignore applied), and of every directory that does (as
     * {@code PATH/}: an empty one is copied too, and its mode is part of the
     * copied content).
     */
    public static Map<String, FileState> snapshot(BuildContext context) throws IOException {
        Map<String, FileState> out = new TreeMap<>();
        for (String path : context.includedFiles()) {
            out.put(path, state(context.root().resolve(path)));
        }
        for (String dir : context.includedDirectories()) {
            Path p = context.root().resolve(dir);
            if (!Files.isSymbolicLink(p)) {
                out.put(dir + "/", new FileState(DIRECTORY, mode(p)));
            }
        }
        return out;
    }

    static FileState state(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (Files.isSymbolicLink(file)) {
            digest.update(("link:" + Files.readSymbolicLink(file)).getBytes(StandardCharsets.UTF_8));
            return new FileState(HexFormat.of().formatHex(digest.digest()), "link");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return new FileState(HexFormat.of().formatHex(digest.digest()), mode(file));
    }

    private static String mode(Path file) throws IOException {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            int bits = 0;
            for (PosixFilePermission permission : p) {
                bits |= 1 << (8 - permission.ordinal());
            }
            return String.format("%04o", bits);
        } catch (UnsupportedOperationException e) {
            return Files.isExecutable(file) ? "exec" : "file"; // not a POSIX file system: what it can say
        }
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static JsonElement nullable(String s) {
        return s == null ? JsonNull.INSTANCE : new JsonPrimitive(s);
    }
}
