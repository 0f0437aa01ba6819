package dev.layerlint.parser;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Cmd;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Dockerfile;
import dev.layerlint.ast.Entrypoint;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.ExecForm;
import dev.layerlint.ast.Expose;
import dev.layerlint.ast.Flag;
import dev.layerlint.ast.From;
import dev.layerlint.ast.Healthcheck;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.InstructionVisitor;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.ast.Label;
import dev.layerlint.ast.Maintainer;
import dev.layerlint.ast.Onbuild;
import dev.layerlint.ast.Run;
import dev.layerlint.ast.Shell;
import dev.layerlint.ast.ShellForm;
import dev.layerlint.ast.Stopsignal;
import dev.layerlint.ast.UnknownInstruction;
import dev.layerlint.ast.User;
import dev.layerlint.ast.Volume;
import dev.layerlint.ast.Word;
import dev.layerlint.ast.Workdir;
import java.util.List;
import java.util.Locale;

/**
 * Renders an AST in the format of BuildKit's {@code Node.Dump()}: one line per
 * instruction, {@code (keyword ["--flags"] "arg" ...)}, strings Go-quoted. Used
 * to check the parser against BuildKit's own test cases, and by
 * {@code layerlint parse --format buildkit}.
 */
public final class BuildKitDump implements InstructionVisitor<String> {
    private BuildKitDump() {
    }

    /** The visitor that renders one instruction (without the surrounding parentheses). */
    public static InstructionVisitor<String> visitor() {
        return new BuildKitDump();
    }

    public static String render(Dockerfile dockerfile) {
        StringBuilder out = new StringBuilder();
        BuildKitDump dump = new BuildKitDump();
        for (Instruction instruction : dockerfile.instructions()) {
            out.append('(').append(instruction.accept(dump)).append(")\n");
        }
        return out.toString();
    }

    private static String head(Instruction instruction) {
        StringBuilder s = new StringBuilder(instruction.keyword().text().toLowerCase(Locale.ROOT));
        List<Flag> flags = instruction.flags();
        if (!flags.isEmpty()) {
            s.append(" [");
            for (int i = 0; i < flags.size(); i++) {
                s.append(i == 0 ? "" : " ").append(goQuote(flags.get(i).text()));
            }
            s.append(']');
        }
        return s.toString();
    }

    private static String line(Instruction instruction, Object... parts) {
        StringBuilder s = new StringBuilder(head(instruction));
        for (Object part : parts) {
            if (part == null) {
                continue;
            }
            if (part instanceof Word w) {
                s.append(' ').append(goQuote(w.text()));
            } else if (part instanceof String str) {
                s.append(' ').append(goQuote(str));
            } else if (part instanceof List<?> list) {
                for (Object o : list) {
                    s.append(' ').append(goQuote(((Word) o).text()));
                }
            } else if (part instanceof ShellForm shell) {
                s.append(' ').append(goQuote(shell.text()));
            } else if (part instanceof ExecForm exec) {
                for (Word w : exec.arguments()) {
                    s.append(' ').append(goQuote(w.text()));
                }
            } else {
                throw new IllegalArgumentException(part.getClass().getName());
            }
        }
        return s.toString();
    }

    private static String keyValues(Instruction instruction, List<KeyValue> pairs, boolean legacy) {
        StringBuilder s = new StringBuilder(head(instruction));
        for (KeyValue pair : pairs) {
            s.append(' ').append(goQuote(pair.key().text()));
            s.append(' ').append(goQuote(pair.value() == null ? "" : pair.value().text()));
            s.append(' ').append(goQuote(legacy ? "" : "="));
        }
        return s.toString();
    }

    @Override
    public String visitFrom(From i) {
        return line(i, i.image(), i.asWord(), i.stageName());
    }

    @Override
    public String visitRun(Run i) {
        return line(i, i.command());
    }

    @Override
    public String visitCmd(Cmd i) {
        return line(i, i.command());
    }

    @Override
    public String visitEntrypoint(Entrypoint i) {
        return line(i, i.command());
    }

    @Override
    public String visitShell(Shell i) {
        return line(i, i.command());
    }

    @Override
    public String visitHealthcheck(Healthcheck i) {
        return line(i, i.type(), i.command());
    }

    @Override
    public String visitCopy(Copy i) {
        return line(i, i.sources(), i.destination());
    }

    @Override
    public String visitAdd(Add i) {
        return line(i, i.sources(), i.destination());
    }

    @Override
    public String visitEnv(Env i) {
        return keyValues(i, i.pairs(), i.legacyForm());
    }

    @Override
    public String visitLabel(Label i) {
        return keyValues(i, i.pairs(), i.legacyForm());
    }

    @Override
    public String visitArg(Arg i) {
        StringBuilder s = new StringBuilder(head(i));
        for (ArgDeclaration d : i.declarations()) {
            String word = d.name().text() + (d.hasDefault() ? "=" + d.defaultValue().text() : "");
            s.append(' ').append(goQuote(word));
        }
        return s.toString();
    }

    @Override
    public String visitExpose(Expose i) {
        return line(i, i.ports());
    }

    @Override
    public String visitVolume(Volume i) {
        return line(i, i.paths());
    }

    @Override
    public String visitUser(User i) {
        return line(i, i.argument());
    }

    @Override
    public String visitWorkdir(Workdir i) {
        return line(i, i.argument());
    }

    @Override
    public String visitStopsignal(Stopsignal i) {
        return line(i, i.argument());
    }

    @Override
    public String visitMaintainer(Maintainer i) {
        return line(i, i.argument());
    }

    @Override
    public String visitOnbuild(Onbuild i) {
        String head = head(i);
        return i.trigger() == null ? head : head + " (" + i.trigger().accept(this) + ")";
    }

    @Override
    public String visitUnknownInstruction(UnknownInstruction i) {
        return head(i);
    }

    /** Go's strconv.Quote. */
    public static String goQuote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 7 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 11 -> out.append("\\v");
                default -> {
                    if (isGoPrintable(cp)) {
                        out.appendCodePoint(cp);
                    } else if (cp < 0x80) {
                        out.append(String.format("\\x%02x", cp));
                    } else if (cp < 0x10000) {
                        out.append(String.format("\\u%04x", cp));
                    } else {
                        out.append(String.format("\\U%08x", cp));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean isGoPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
