package dev.layerlint.parser;

import dev.layerlint.source.Suggest;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The instruction table: per keyword, what BuildKit accepts after it. It
 * mirrors BuildKit's {@code dispatch} map (parser/parser.go: keyword to line
 * parser) with the facts of its instructions layer (instructions/parse.go:
 * flags, argument counts, ONBUILD triggers); research buildkit.md A.5-A.10.
 *
 * <p>This is the one home of these facts. The lexer base asks it which
 * keywords take heredocs (through {@link LineSyntax#heredocOpeners}), the AST
 * builder asks it for flags, the exec form, argument counts and ONBUILD
 * triggers; {@code InstructionSyntaxTest} checks it against
 * {@code testdata/parser/instruction-table.tsv}, written from buildkit.md, and
 * fails when another parser class or the grammar keeps a list of its own.
 *
 * <p>Which words BuildKit expands with the stage's ARG/ENV (buildkit.md A.11)
 * is a column of this table too ({@link Expansion}, and the flags whose value
 * is expanded): {@code model.ExpandedWords} reads it to pick the words out of
 * an instruction's AST node, so the fact is stated once.
 */
public final class InstructionSyntax {
    private InstructionSyntax() {
    }

    enum FlagKind { STRING, BOOL, REPEATED }

    /** How the argument text is split, named after BuildKit's line parser for the keyword (research A.6). */
    enum Arguments {
        /** {@code parseStringsWhitespaceDelimited}: {@code image [AS name]}. */
        IMAGE,
        /** {@code parseMaybeJSON}: a JSON array, else the whole rest as one string. */
        COMMAND,
        /** {@code parseHealthConfig}: a type word, then like {@link #COMMAND}. */
        HEALTHCHECK,
        /** {@code parseMaybeJSONToList}: a JSON array, else whitespace-split; the last word is the destination. */
        FILES,
        /** {@code parseMaybeJSONToList}: a JSON array, else whitespace-split. */
        PATHS,
        /** {@code parseEnv}/{@code parseLabel}: {@code k=v...}, or the legacy {@code KEY value}. */
        KEY_VALUES,
        /** {@code parseNameOrNameVal}: {@code name} or {@code name=default} words. */
        DECLARATIONS,
        /** {@code parseStringsWhitespaceDelimited}. */
        WORDS,
        /** {@code parseString}: the whole rest as one argument. */
        STRING,
        /** {@code parseSubCommand}: the rest is an instruction line of its own. */
        INSTRUCTION
    }

    /**
     * Which of its words BuildKit expands with the stage's ARG/ENV (research A.11; BuildKit's
     * {@code Expand} methods in {@code instructions/commands.go}).
     */
    public enum Expansion {
        /** Nothing: the shell's business (RUN/CMD/ENTRYPOINT/SHELL/HEALTHCHECK), or not expanded at all. */
        NONE,
        /** Every argument word (COPY/ADD sources and destination, WORKDIR, USER, VOLUME, EXPOSE, ...). */
        ARGUMENTS,
        /** Keys and values of the pairs (ENV, LABEL). */
        KEYS_AND_VALUES,
        /** Default values, not names (ARG). */
        DEFAULTS,
        /** The options of {@code RUN --mount}, except {@code from}. */
        MOUNT_OPTIONS,
        /** Expanded with the global ARGs only, before any stage exists (FROM; the model knows). */
        GLOBAL_ARGS,
        /** Expanded in the downstream build, as the instruction it wraps (ONBUILD). */
        DOWNSTREAM
    }

    /** Whether the JSON (exec) form is tried (research A.7). */
    enum Form {
        /** Never: {@code ["a"]} is plain text. */
        PLAIN,
        /** A JSON array of strings is the exec form; anything else is the shell form. */
        EXEC_OR_SHELL,
        /** Only the exec form is valid (SHELL). */
        EXEC_ONLY
    }

    /**
     * One keyword's syntax.
     *
     * @param minArguments the fewest arguments the instructions layer takes (words, pairs, JSON elements;
     *     for a {@link Arguments#STRING} or {@link Arguments#COMMAND} keyword, 1 means non-empty text)
     * @param needs what a missing argument is, for the message "KEYWORD needs ..."
     * @param flags the known flags, by name without {@code --}
     * @param flagsChecked false when BuildKit never validates this keyword's flags (they are ignored)
     * @param heredocs whether {@code <<NAME} openers in the shell form start heredocs
     * @param onbuildTrigger whether it may follow ONBUILD
     * @param expansion which of its words BuildKit expands
     * @param expandedFlags the flags whose value BuildKit expands
     */
    record Syntax(String keyword, Arguments arguments, Form form, int minArguments, String needs,
                         Map<String, FlagKind> flags, boolean flagsChecked, boolean heredocs,
                         boolean onbuildTrigger, Expansion expansion, Set<String> expandedFlags) {
    }

    private static final Map<String, Syntax> TABLE = table(
            // keyword, arguments, form, fewest arguments and what they are; flags; what is expanded
            syntax("ADD", Arguments.FILES, Form.EXEC_OR_SHELL, 2, "at least one source and a destination",
                    flags("chown", FlagKind.STRING, "chmod", FlagKind.STRING, "link", FlagKind.BOOL,
                            "keep-git-dir", FlagKind.BOOL, "checksum", FlagKind.STRING, "unpack", FlagKind.BOOL,
                            "exclude", FlagKind.REPEATED)).withHeredocs()
                    .expands(Expansion.ARGUMENTS, "chown", "chmod", "checksum"),
            syntax("ARG", Arguments.DECLARATIONS, Form.PLAIN, 1, "a name, e.g. ARG NAME or ARG NAME=VALUE",
                    flags()).uncheckedFlags().expands(Expansion.DEFAULTS),
            syntax("CMD", Arguments.COMMAND, Form.EXEC_OR_SHELL, 0, "a command", flags()),
            syntax("COPY", Arguments.FILES, Form.EXEC_OR_SHELL, 2, "at least one source and a destination",
                    flags("from", FlagKind.STRING, "chown", FlagKind.STRING, "chmod", FlagKind.STRING,
                            "link", FlagKind.BOOL, "parents", FlagKind.BOOL, "exclude", FlagKind.REPEATED))
                    .withHeredocs().expands(Expansion.ARGUMENTS, "chown", "chmod"),
            syntax("ENTRYPOINT", Arguments.COMMAND, Form.EXEC_OR_SHELL, 0, "a command", flags()),
            syntax("ENV", Arguments.KEY_VALUES, Form.PLAIN, 1, "at least one key=value pair", flags())
                    .expands(Expansion.KEYS_AND_VALUES),
            syntax("EXPOSE", Arguments.WORDS, Form.PLAIN, 1, "at least one port", flags())
                    .expands(Expansion.ARGUMENTS),
            syntax("FROM", Arguments.IMAGE, Form.PLAIN, 1, "an image, e.g. FROM IMAGE or FROM IMAGE:TAG",
                    flags("platform", FlagKind.STRING)).notTrigger().expands(Expansion.GLOBAL_ARGS, "platform"),
            syntax("HEALTHCHECK", Arguments.HEALTHCHECK, Form.EXEC_OR_SHELL, 1, "CMD <command> or NONE",
                    flags("interval", FlagKind.STRING, "timeout", FlagKind.STRING, "start-period", FlagKind.STRING,
                            "start-interval", FlagKind.STRING, "retries", FlagKind.STRING)),
            syntax("LABEL", Arguments.KEY_VALUES, Form.PLAIN, 1, "at least one key=value pair", flags())
                    .expands(Expansion.KEYS_AND_VALUES),
            syntax("MAINTAINER", Arguments.STRING, Form.PLAIN, 1, "an argument", flags()).notTrigger(),
            syntax("ONBUILD", Arguments.INSTRUCTION, Form.PLAIN, 1,
                    "an instruction to run in images built from this one", flags()).notTrigger()
                    .expands(Expansion.DOWNSTREAM),
            syntax("RUN", Arguments.COMMAND, Form.EXEC_OR_SHELL, 1, "a command",
                    flags("mount", FlagKind.REPEATED, "network", FlagKind.STRING, "security", FlagKind.STRING,
                            "device", FlagKind.REPEATED)).withHeredocs().expands(Expansion.MOUNT_OPTIONS),
            syntax("SHELL", Arguments.COMMAND, Form.EXEC_ONLY, 1,
                    "a JSON array of strings, e.g. SHELL [\"/bin/bash\", \"-c\"]", flags()),
            syntax("STOPSIGNAL", Arguments.STRING, Form.PLAIN, 1, "an argument", flags()).uncheckedFlags()
                    .expands(Expansion.ARGUMENTS),
            syntax("USER", Arguments.STRING, Form.PLAIN, 1, "an argument", flags()).expands(Expansion.ARGUMENTS),
            syntax("VOLUME", Arguments.PATHS, Form.EXEC_OR_SHELL, 1, "at least one path", flags())
                    .expands(Expansion.ARGUMENTS),
            syntax("WORKDIR", Arguments.STRING, Form.PLAIN, 1, "an argument", flags()).expands(Expansion.ARGUMENTS));

    /** Every keyword BuildKit knows, in alphabetical order. */
    static final List<String> KEYWORDS = List.copyOf(TABLE.keySet());

    /** The values of {@code RUN --mount=type=...}. */
    static final Set<String> MOUNT_TYPES = Set.of("bind", "cache", "tmpfs", "secret", "ssh");

    /** The syntax of a keyword in any letter case, or null when BuildKit does not know it. */
    static Syntax of(String keyword) {
        Syntax syntax = TABLE.get(keyword);
        return syntax != null ? syntax : TABLE.get(keyword.toUpperCase(Locale.ROOT));
    }

    /** Which words of an instruction with this keyword BuildKit expands ({@link Expansion#NONE} for unknown ones). */
    public static Expansion expansion(String keyword) {
        Syntax syntax = of(keyword);
        return syntax == null ? Expansion.NONE : syntax.expansion();
    }

    /** Whether BuildKit expands the value of this flag of this keyword ({@code COPY --chown}: yes; {@code --from}: no). */
    public static boolean expandsFlag(String keyword, String flag) {
        Syntax syntax = of(keyword);
        return syntax != null && syntax.expandedFlags().contains(flag);
    }

    static boolean isKnown(String keyword) {
        return of(keyword) != null;
    }

    /** The closest keyword within edit distance 2, or null. */
    static String suggest(String keyword) {
        return closest(keyword.toUpperCase(Locale.ROOT), KEYWORDS);
    }

    /** The candidate within edit distance 2 of {@code word} (and not too short to guess), or null. */
    static String closest(String word, Collection<String> candidates) {
        return Suggest.closest(word, candidates);
    }

    // ---- building the table

    /** A row being written: every keyword validates its flags, takes no heredocs and may be a trigger. */
    private record Row(Syntax syntax) {
        Row withHeredocs() {
            Syntax s = syntax;
            return new Row(new Syntax(s.keyword(), s.arguments(), s.form(), s.minArguments(), s.needs(), s.flags(),
                    s.flagsChecked(), true, s.onbuildTrigger(), s.expansion(), s.expandedFlags()));
        }

        Row uncheckedFlags() {
            Syntax s = syntax;
            return new Row(new Syntax(s.keyword(), s.arguments(), s.form(), s.minArguments(), s.needs(), s.flags(),
                    false, s.heredocs(), s.onbuildTrigger(), s.expansion(), s.expandedFlags()));
        }

        Row notTrigger() {
            Syntax s = syntax;
            return new Row(new Syntax(s.keyword(), s.arguments(), s.form(), s.minArguments(), s.needs(), s.flags(),
                    s.flagsChecked(), s.heredocs(), false, s.expansion(), s.expandedFlags()));
        }

        /** What BuildKit expands: the words of this kind, and the values of these flags. */
        Row expands(Expansion expansion, String... flags) {
            Syntax s = syntax;
            for (String flag : flags) {
                if (!s.flags().containsKey(flag)) {
                    throw new IllegalStateException(s.keyword() + " has no flag " + flag);
                }
            }
            return new Row(new Syntax(s.keyword(), s.arguments(), s.form(), s.minArguments(), s.needs(), s.flags(),
                    s.flagsChecked(), s.heredocs(), s.onbuildTrigger(), expansion, Set.of(flags)));
        }
    }

    private static Row syntax(String keyword, Arguments arguments, Form form, int minArguments, String needs,
                              Map<String, FlagKind> flags) {
        return new Row(new Syntax(keyword, arguments, form, minArguments, needs, flags, true, false, true,
                Expansion.NONE, Set.of()));
    }

    private static Map<String, FlagKind> flags(Object... nameKindPairs) {
        Map<String, FlagKind> flags = new LinkedHashMap<>();
        for (int i = 0; i < nameKindPairs.length; i += 2) {
            flags.put((String) nameKindPairs[i], (FlagKind) nameKindPairs[i + 1]);
        }
        return Collections.unmodifiableMap(flags);
    }

    private static Map<String, Syntax> table(Row... rows) {
        Map<String, Syntax> table = new LinkedHashMap<>();
        for (Row row : rows) {
            table.put(row.syntax().keyword(), row.syntax());
        }
        return Collections.unmodifiableMap(table);
    }
}
