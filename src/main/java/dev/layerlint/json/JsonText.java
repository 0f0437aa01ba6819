package dev.layerlint.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes a JSON tree as pretty-printed text (two-space indent) with gson's
 * streaming writer only. The same text {@code new GsonBuilder().setPrettyPrinting()}
 * gives, without building a {@code Gson}: that loads ~120 classes (a type
 * adapter for every JDK type, java.sql included), a cost every run that
 * prints JSON paid before its first byte.
 */
public final class JsonText {
    /** Whether object members whose value is JSON null are written, and whether HTML characters are escaped. */
    public record Style(boolean serializeNulls, boolean htmlSafe) {
    }

    /** Nulls written, HTML characters as they are: the machine formats. */
    public static final Style PLAIN = new Style(true, false);
    /** Members with null values left out, HTML characters as they are (SARIF, GitLab). */
    public static final Style OMIT_NULLS = new Style(false, false);

    private JsonText() {
    }

    public static void write(JsonElement tree, Writer out, Style style) {
        try {
            JsonWriter writer = new JsonWriter(out);
            writer.setIndent("  ");
            writer.setSerializeNulls(style.serializeNulls());
            writer.setHtmlSafe(style.htmlSafe());
            write(writer, tree);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toString(JsonElement tree, Style style) {
        StringWriter out = new StringWriter();
        write(tree, out, style);
        return out.toString();
    }

    private static void write(JsonWriter writer, JsonElement e) throws IOException {
        if (e == null || e.isJsonNull()) {
            writer.nullValue();
        } else if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            if (p.isNumber()) {
                writer.value(p.getAsNumber());
            } else if (p.isBoolean()) {
                writer.value(p.getAsBoolean());
            } else {
                writer.value(p.getAsString());
            }
        } else if (e.isJsonArray()) {
            writer.beginArray();
            for (JsonElement item : e.getAsJsonArray()) {
                write(writer, item);
            }
            writer.endArray();
        } else {
            writer.beginObject();
            for (Map.Entry<String, JsonElement> member : e.getAsJsonObject().entrySet()) {
                writer.name(member.getKey());
                write(writer, member.getValue());
            }
            writer.endObject();
        }
    }
}
