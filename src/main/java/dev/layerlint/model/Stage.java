package dev.layerlint.model;

import dev.layerlint.ast.From;
import dev.layerlint.ast.Instruction;
import java.util.List;
import java.util.Locale;

/**
 * A build stage: its FROM, the instructions after it, and what it is based on
 * (an earlier stage, or an image reference as written after expanding global
 * ARGs; {@code scratch} for the empty image). {@code windowsByFile}: the file
 * does not name the base image (a global ARG without a value) and shows that
 * it is built on Windows ({@link SemanticModel}: a Windows image in another
 * stage, a backtick escape, a cmd or PowerShell SHELL, an {@code .exe}
 * program, a drive-letter path).
 */
public record Stage(int index, String name, From from, List<Instruction> instructions, Stage baseStage,
                    String baseImage, boolean windowsByFile) {
    public Stage {
        instructions = List.copyOf(instructions);
    }

    /** The name, or the index for an unnamed stage (how {@code --from=} refers to it). */
    public String label() {
        return name != null ? name : String.valueOf(index);
    }

    /** The base is an image that can change upstream (a registry tag, not a stage or scratch). */
    public boolean hasImageBase() {
        return baseStage == null && baseImage != null && !baseImage.equalsIgnoreCase("scratch");
    }

    /**
     * Whether the stage is built (through its base stages) on a Windows image:
     * servercore, nanoserver, windows, or .NET Framework images. Its default
     * shell is then cmd, not a POSIX shell.
     */
    public boolean isWindows() {
        for (Stage s = this; s != null; s = s.baseStage()) {
            if (s.baseStage() == null) {
                return s.windowsByFile() || namesWindowsImage(s.baseImage()) || windowsPlatform(s.from());
            }
        }
        return false;
    }

    /** Whether an image reference names a Windows image (servercore, nanoserver, windows, .NET Framework). */
    public static boolean namesWindowsImage(String reference) {
        String image = reference == null ? "" : reference.toLowerCase(Locale.ROOT);
        return image.contains("servercore") || image.contains("nanoserver") || image.contains("/windows")
                || image.startsWith("windows") || image.contains("dotnet/framework") || image.contains("ltsc20");
    }

    /** {@code FROM --platform=windows/amd64}. */
    static boolean windowsPlatform(From from) {
        return from != null && from.flags().stream().anyMatch(f -> "platform".equals(f.name()) && f.value() != null
                && f.value().toLowerCase(Locale.ROOT).startsWith("windows"));
    }

    @Override
    public String toString() {
        return "stage " + label();
    }

    /** Identity: equal only to itself (a record compares every component, deeply, linked by indy). */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
