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
            Chunks chunks = new Chunks(out);
            JsonWriter writer = new JsonWriter(chunks);
            writer.setIndent("  ");
            writer.setSerializeNulls(style.serializeNulls());
            writer.setHtmlSafe(style.htmlSafe());
            write(writer, tree);
            writer.flush(); // drains the chunks into out, and flushes out
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

    /**
     * Collects the writer's many small strings into 8 KB chunks: each write to a PrintWriter takes two
     * locks (its own and its buffer's), a cost per punctuation mark in a report of thousands of findings.
     */
    private static final class Chunks extends Writer {
        private final Writer out;
        private final char[] buffer = new char[8192];
        private int used;

        Chunks(Writer out) {
            this.out = out;
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            if (len > buffer.length - used) {
                drain();
                if (len > buffer.length) {
                    out.write(s, off, len);
                    return;
                }
            }
            s.getChars(off, off + len, buffer, used);
            used += len;
        }

        @Override
        public void write(char[] c, int off, int len) throws IOException {
            if (len > buffer.length - used) {
                drain();
                if (len > buffer.length) {
                    out.write(c, off, len);
                    return;
                }
            }
            System.arraycopy(c, off, buffer, used, len);
            used += len;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        /** Hands what is collected to the underlying writer (which is not flushed: its owner does that). */
        void drain() throws IOException {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            drain(); // the underlying writer belongs to the caller
        }
    }
}
