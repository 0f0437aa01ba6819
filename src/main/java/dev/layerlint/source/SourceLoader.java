package dev.layerlint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a Dockerfile's bytes and decodes them, refusing input that is not UTF-8 text. */
public final class SourceLoader {
    private SourceLoader() {
    }

    public static SourceText load(Path file, String displayPath) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(displayPath, "no such file");
        } catch (IOException e) {
            // asked only when reading failed: a stat per file is a tenth of the time it takes to read one
            if (Files.isDirectory(file)) {
                throw new InputException(displayPath, "is a directory, not a Dockerfile");
            }
            if (e instanceof AccessDeniedException) {
                throw new InputException(displayPath, "cannot read: permission denied");
            }
            throw new InputException(displayPath, "cannot read: " + describe(e));
        }
        return decode(displayPath, bytes);
    }

    public static SourceText load(InputStream in, String displayPath) throws InputException {
        try {
            return decode(displayPath, in.readAllBytes());
        } catch (IOException e) {
            throw new InputException(displayPath, "cannot read standard input: " + describe(e));
        }
    }

    public static SourceText decode(String displayPath, byte[] bytes) throws InputException {
        boolean ascii = true;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                int[] at = lineAndColumn(bytes, i);
                throw new InputException(displayPath,
                        "binary file, not a Dockerfile (NUL byte at line " + at[0] + ", column " + at[1] + ")",
                        at[0], at[1]);
            }
            ascii &= b > 0;
        }
        if (ascii) {
            // most Dockerfiles: ASCII is valid UTF-8 and each byte its character (Latin-1 copies them as they are)
            return SourceText.of(displayPath, new String(bytes, StandardCharsets.ISO_8859_1));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int[] at = lineAndColumn(bytes, bad);
            throw new InputException(displayPath, String.format(
                    "not valid UTF-8 (byte 0x%02X at line %d, column %d); save the file as UTF-8",
                    bytes[bad] & 0xff, at[0], at[1]), at[0], at[1]);
        }
        try {
            CoderResult flush = decoder.flush(out);
            if (flush.isError()) {
                flush.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new InputException(displayPath, "not valid UTF-8; save the file as UTF-8");
        }
        out.flip();
        return SourceText.of(displayPath, out.toString());
    }

    /** 1-based line and column (in characters, counting each undecodable byte as one) of a byte offset. */
    private static int[] lineAndColumn(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            // count characters, not bytes: skip UTF-8 continuation bytes
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
