package dev.layerlint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLoaderTest {

    @Test
    void byteOrderMarkIsDroppedAndRemembered() throws Exception {
        SourceText s = SourceLoader.decode("f", "\uFEFFFROM a\n".getBytes(StandardCharsets.UTF_8));
        assertThat(s.text()).isEqualTo("FROM a\n");
        assertThat(s.hasBom()).isTrue();
        assertThat(s.columnOf(0)).isEqualTo(1);
    }

    @Test
    void nulByteMeansBinary() {
        byte[] bytes = "FROM a\nRUN \u0000x".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SourceLoader.decode("img.png", bytes)).isInstanceOfSatisfying(InputException.class,
                e -> {
                    assertThat(e.describe()).isEqualTo(
                            "img.png:2:5: binary file, not a Dockerfile (NUL byte at line 2, column 5)");
                });
    }

    @Test
    void invalidUtf8IsLocated() {
        byte[] bytes = {'F', 'R', 'O', 'M', ' ', 'a', '\n', 'R', 'U', 'N', ' ', (byte) 0xc3, (byte) 0xa9, ' ',
            (byte) 0xff};
        assertThatThrownBy(() -> SourceLoader.decode("latin1", bytes)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.describe()).isEqualTo(
                        "latin1:2:7: not valid UTF-8 (byte 0xFF at line 2, column 7); save the file as UTF-8"));
    }

    @Test
    void directoryAndMissingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> SourceLoader.load(dir, "d")).hasMessage("is a directory, not a Dockerfile");
        assertThatThrownBy(() -> SourceLoader.load(dir.resolve("nope"), "nope")).hasMessage("no such file");
    }

    @Test
    void lineIndexHandlesCrlfAndMissingFinalNewline() throws Exception {
        Path f = Files.createTempFile("crlf", ".Dockerfile");
        Files.write(f, "FROM a\r\nRUN b".getBytes(StandardCharsets.UTF_8));
        SourceText s = SourceLoader.load(f, "crlf");
        assertThat(s.lineCount()).isEqualTo(2);
        assertThat(s.line(1)).isEqualTo("FROM a");
        assertThat(s.line(2)).isEqualTo("RUN b");
        assertThat(s.usesCrlf()).isTrue();
        assertThat(s.span(8, 11).toString()).isEqualTo("2:1-2:4");
    }
}
