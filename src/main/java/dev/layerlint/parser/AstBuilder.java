package dev.layerlint.parser;

import dev.layerlint.ast.Add;
import dev.layerlint.ast.Arg;
import dev.layerlint.ast.ArgDeclaration;
import dev.layerlint.ast.Cmd;
import dev.layerlint.ast.Command;
import dev.layerlint.ast.Comment;
import dev.layerlint.ast.Copy;
import dev.layerlint.ast.Directive;
import dev.layerlint.ast.Entrypoint;
import dev.layerlint.ast.Env;
import dev.layerlint.ast.ExecForm;
import dev.layerlint.ast.Expose;
import dev.layerlint.ast.Flag;
import dev.layerlint.ast.From;
import dev.layerlint.ast.Healthcheck;
import dev.layerlint.ast.Heredoc;
import dev.layerlint.ast.Instruction;
import dev.layerlint.ast.KeyValue;
import dev.layerlint.ast.Keyword;
import dev.layerlint.ast.Label;
import dev.layerlint.ast.Maintainer;
import dev.layerlint.ast.Mount;
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
import dev.layerlint.parser.InstructionSyntax.FlagKind;
import dev.layerlint.parser.InstructionSyntax.Form;
import dev.layerlint.parser.InstructionSyntax.Syntax;
import dev.layerlint.parser.LineSyntax.CommandLine;
import dev.layerlint.parser.LineSyntax.HeredocOpener;
import dev.layerlint.parser.LineSyntax.JsonArray;
import dev.layerlint.parser.LineSyntax.JsonResult;
import dev.layerlint.parser.LineSyntax.NotJson;
import dev.layerlint.parser.LineSyntax.NotStrings;
import dev.layerlint.parser.LineSyntax.Piece;
import dev.layerlint.parser.antlr.DockerfileLexer;
import dev.layerlint.parser.antlr.DockerfileLexerBase.Heredocs;
import dev.layerlint.parser.antlr.DockerfileParser;
import dev.layerlint.source.LogicalText;
import dev.layerlint.source.SourceText;
import dev.layerlint.source.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the AST from the parse tree. Per instruction it assembles the
 * logical line (default-channel tokens; continuations and the comment lines
 * inside them are on other channels) with each character's source offset,
 * then applies BuildKit's argument rules to it (LineSyntax, and the
 * instruction table InstructionSyntax for what each keyword takes), so every
 * word and flag gets an exact span. Heredoc openers are the lexer's: it found
 * them to read the bodies. Anything BuildKit would refuse becomes a
 * {@link SyntaxError}; the instruction is still kept as far as it parsed.
 */
final class AstBuilder {
    private static final int MAX_LINE_BYTES = 65535;

    private final SourceText source;
    private final CommonTokenStream tokens;
    private final char escape;
    private final List<Directive> directives;
    private final Map<Integer, Heredocs> heredocOpeners;
    private final List<SyntaxError> errors = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<Instruction> instructions = new ArrayList<>();

    /** {@code heredocOpeners}: the lexer's, by the source offset of the instruction's first token. */
    AstBuilder(SourceText source, CommonTokenStream tokens, char escape, List<Directive> directives,
               Map<Integer, Heredocs> heredocOpeners) {
        this.source = source;
        this.tokens = tokens;
        this.escape = escape;
        this.directives = directives;
        this.heredocOpeners = heredocOpeners;
    }

    List<SyntaxError> errors() {
        return errors;
    }

    List<Comment> comments() {
        return comments;
    }

    List<Instruction> instructions() {
        return instructions;
    }

    void build(DockerfileParser.DockerfileContext tree) {
        Set<Integer> directiveLines = new HashSet<>();
        for (Directive d : directives) {
            directiveLines.add(d.span().startLine());
        }
        for (DockerfileParser.LineContext line : tree.line()) {
            if (line instanceof DockerfileParser.CommentLineContext c) {
                Token t = c.COMMENT().getSymbol();
                Span span = source.span(t.getStartIndex(), t.getStopIndex() + 1);
                if (!directiveLines.contains(span.startLine())) {
                    comments.add(new Comment(commentText(t.getText()), false, span));
                }
            } else if (line instanceof DockerfileParser.InstructionLineContext i) {
                Instruction instruction = instruction(i.instruction());
                if (instruction != null) {
                    instructions.add(instruction);
                }
            }
        }
        for (Token t : tokens.getTokens()) {
            if (t.getType() == DockerfileLexer.CONTINUATION || t.getType() == DockerfileLexer.LEADING_CONTINUATION) {
                continuationComments(t);
            } else if (t.getType() == DockerfileLexer.LAST_COMMENT) {
                // the token includes the blanks before the '#' and the CRs that end the line
                int hash = source.text().indexOf('#', t.getStartIndex());
                int end = lineContentEnd(hash, t.getStopIndex() + 1);
                comments.add(new Comment(commentText(source.text().substring(hash, end)), true,
                        source.span(hash, end)));
            }
        }
        comments.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        checkLineLengths();
        checkStructure();
    }

    /** The comment lines a continuation token swallowed (every line after its first). */
    private void continuationComments(Token t) {
        String text = source.text();
        int pos = text.indexOf('\n', t.getStartIndex());
        int end = t.getStopIndex() + 1;
        while (pos >= 0 && pos + 1 < end) {
            int lineStart = pos + 1;
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            int hash = lineStart;
            while (hash < lineEnd && text.charAt(hash) != '#') {
                hash++;
            }
            if (hash < lineEnd) {
                int commentEnd = lineContentEnd(hash, lineEnd);
                comments.add(new Comment(commentText(text.substring(hash, commentEnd)), true,
                        source.span(hash, commentEnd)));
            }
            pos = lineEnd < end ? lineEnd : -1;
        }
    }

    private int lineContentEnd(int start, int end) {
        return LineSyntax.lineContentEnd(source.text(), start, end);
    }

    private static String commentText(String raw) {
        return raw.substring(1).strip();
    }

    // ---- one instruction

    private Instruction instruction(DockerfileParser.InstructionContext ctx) {
        Token first = ctx.instructionHead().getStart();
        Token last = ctx.instructionHead().getStop();
        LogicalText logical = logicalLine(first.getTokenIndex(), last.getTokenIndex());
        int end = instructionEnd(ctx, last);

        List<HeredocOpener> openers = List.of();
        Heredocs scanned = heredocOpeners.get(first.getStartIndex());
        if (scanned != null) {
            if (scanned.malformed()) {
                error("heredoc opener has an unbalanced quote", logical.span(0, logical.length()));
            }
            openers = scanned.openers();
        }
        List<Heredoc> heredocs = heredocs(ctx, openers, logical);
        if (!heredocs.isEmpty()) {
            Heredoc lastDoc = heredocs.get(heredocs.size() - 1);
            end = Math.max(end, lastDoc.terminator() != null ? lastDoc.terminator().end() : lastDoc.bodySpan().end());
        }
        return parseLine(logical, 0, logical.length(), end, heredocs);
    }

    /** The logical text of the default-channel tokens between two token indices (inclusive). */
    private LogicalText logicalLine(int fromToken, int toToken) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (int i = fromToken; i <= toToken; i++) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                count += t.getStopIndex() - t.getStartIndex() + 1;
            }
        }
        int[] offsets = new int[count];
        int k = 0;
        for (int i = fromToken; i <= toToken; i++) {
            Token t = tokens.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            text.append(source.text(), t.getStartIndex(), t.getStopIndex() + 1);
            for (int off = t.getStartIndex(); off <= t.getStopIndex(); off++) {
                offsets[k++] = off;
            }
        }
        return new LogicalText(source, text.toString(), offsets);
    }

    /** End offset of the instruction's last physical line (hidden continuation lines included). */
    private int instructionEnd(DockerfileParser.InstructionContext ctx, Token lastHeadToken) {
        int lastIndex = lastHeadToken.getTokenIndex();
        TerminalNode nl = ctx.NL();
        int limit = nl != null ? nl.getSymbol().getTokenIndex() : tokens.size() - 1;
        for (int i = lastIndex + 1; i < limit; i++) {
            Token t = tokens.get(i);
            if (t.getType() == Token.EOF || t.getChannel() == Token.DEFAULT_CHANNEL) {
                break;
            }
            lastIndex = i;
        }
        int end = tokens.get(lastIndex).getStopIndex() + 1;
        String text = source.text();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private List<Heredoc> heredocs(DockerfileParser.InstructionContext ctx, List<HeredocOpener> openers,
                                  LogicalText logical) {
        List<Heredoc> result = new ArrayList<>();
        List<DockerfileParser.HeredocBodyContext> bodies = ctx.heredocBody();
        for (int i = 0; i < openers.size(); i++) {
            HeredocOpener opener = openers.get(i);
            Span openerSpan = logical.span(opener.start(), opener.end());
            if (i < bodies.size()) {
                DockerfileParser.HeredocBodyContext body = bodies.get(i);
                Token end = body.HEREDOC_END().getSymbol();
                int bodyStart = body.HEREDOC_LINE().isEmpty() ? end.getStartIndex()
                        : body.HEREDOC_LINE(0).getSymbol().getStartIndex();
                int termEnd = lineContentEnd(end.getStartIndex(), end.getStopIndex() + 1);
                result.add(new Heredoc(opener.name(), opener.chomp(), opener.expand(), opener.fd(), openerSpan,
                        source.text().substring(bodyStart, end.getStartIndex()),
                        source.span(bodyStart, end.getStartIndex()),
                        source.span(end.getStartIndex(), termEnd)));
            } else {
                int bodyStart;
                int bodyEnd;
                if (i == bodies.size() && ctx.unterminatedHeredoc() != null) {
                    List<TerminalNode> lines = ctx.unterminatedHeredoc().HEREDOC_LINE();
                    bodyStart = lines.get(0).getSymbol().getStartIndex();
                    bodyEnd = lines.get(lines.size() - 1).getSymbol().getStopIndex() + 1;
                } else {
                    bodyStart = source.length();
                    bodyEnd = source.length();
                }
                result.add(new Heredoc(opener.name(), opener.chomp(), opener.expand(), opener.fd(), openerSpan,
                        source.text().substring(bodyStart, bodyEnd), source.span(bodyStart, bodyEnd), null));
                error("unterminated heredoc: no line '" + opener.name() + "' closes <<" + opener.name()
                        + " before the end of the file", openerSpan);
            }
        }
        return result;
    }

    /**
     * Parses {@code logical[from, to)} as one instruction (recursively for
     * ONBUILD triggers); {@code end} is the source end offset of the whole
     * instruction.
     */
    private Instruction parseLine(LogicalText full, int from, int to, int end, List<Heredoc> heredocs) {
        String line = full.text().substring(0, to);
        CommandLine cmd = LineSyntax.splitCommand(line.substring(from));
        Piece kwPiece = shift(cmd.keyword(), from);
        int argsStart = cmd.argsStart() + from;
        int argsEnd = cmd.argsEnd() + from;
        Keyword keyword = new Keyword(kwPiece.text(), full.span(kwPiece.start(), kwPiece.end()));
        String name = keyword.name();
        Span span = full.source().span(full.sourceOffset(kwPiece.start()), Math.max(end,
                full.sourceOffset(kwPiece.start())));
        List<Flag> flags = new ArrayList<>();
        for (Piece p : cmd.flags()) {
            Piece f = shift(p, from);
            String text = f.text();
            int eq = text.indexOf('=');
            String flagName = eq < 0 ? text.substring(2) : text.substring(2, eq);
            flags.add(new Flag(text, flagName, eq < 0 ? null : text.substring(eq + 1),
                    full.span(f.start(), f.end())));
        }
        Syntax syntax = InstructionSyntax.of(name);
        if (syntax == null) {
            String suggestion = InstructionSyntax.suggest(name);
            error("unknown instruction: " + keyword.text()
                    + (suggestion != null ? " (did you mean " + suggestion + "?)" : ""), keyword.span());
            Word rest = argsStart < argsEnd ? word(full, argsStart, argsEnd) : null;
            return new UnknownInstruction(keyword, flags, rest, span);
        }
        if (!(name.equals("HEALTHCHECK") && firstWordIs(full, argsStart, argsEnd, "NONE"))) {
            checkFlags(syntax, flags); // BuildKit ignores the flags of HEALTHCHECK NONE (research A.9)
        }
        // one case per AST node; what each keyword accepts comes from its row of the table
        return switch (name) {
            case "FROM" -> from(syntax, keyword, flags, full, line, argsStart, argsEnd, span);
            case "RUN" -> new Run(keyword, flags, command(syntax, keyword, full, line, argsStart, argsEnd), heredocs,
                    mounts(flags), span);
            case "CMD" -> new Cmd(keyword, flags, command(syntax, keyword, full, line, argsStart, argsEnd), span);
            case "ENTRYPOINT" -> new Entrypoint(keyword, flags,
                    command(syntax, keyword, full, line, argsStart, argsEnd), span);
            case "SHELL" -> new Shell(keyword, flags, command(syntax, keyword, full, line, argsStart, argsEnd), span);
            case "HEALTHCHECK" -> healthcheck(syntax, keyword, flags, full, line, argsStart, argsEnd, span);
            case "COPY", "ADD" -> fileTransfer(syntax, keyword, flags, full, line, argsStart, argsEnd, heredocs, span);
            case "ENV", "LABEL" -> keyValues(syntax, keyword, flags, full, line, argsStart, argsEnd, span);
            case "ARG" -> arg(syntax, keyword, flags, full, line, argsStart, argsEnd, span);
            case "EXPOSE" -> {
                List<Word> ports = words(full, LineSyntax.whitespaceWords(line, argsStart, argsEnd));
                if (ports.size() < syntax.minArguments()) {
                    needs(syntax, keyword.span());
                }
                yield new Expose(keyword, flags, ports, span);
            }
            case "VOLUME" -> volume(syntax, keyword, flags, full, line, argsStart, argsEnd, span);
            case "USER" -> new User(keyword, flags, single(syntax, keyword, full, argsStart, argsEnd), span);
            case "WORKDIR" -> new Workdir(keyword, flags, single(syntax, keyword, full, argsStart, argsEnd), span);
            case "STOPSIGNAL" -> new Stopsignal(keyword, flags, single(syntax, keyword, full, argsStart, argsEnd),
                    span);
            case "MAINTAINER" -> new Maintainer(keyword, flags, single(syntax, keyword, full, argsStart, argsEnd),
                    span);
            case "ONBUILD" -> {
                Instruction inner = null;
                if (argsStart >= argsEnd) {
                    needs(syntax, keyword.span());
                } else {
                    inner = parseLine(full, argsStart, argsEnd, end, heredocs);
                    String innerName = inner.keyword().name();
                    Syntax trigger = InstructionSyntax.of(innerName);
                    if (trigger != null && !trigger.onbuildTrigger()) {
                        error(trigger == syntax ? "ONBUILD ONBUILD is not allowed: triggers cannot be chained"
                                : innerName + " is not allowed as an ONBUILD trigger", inner.keyword().span());
                    }
                }
                yield new Onbuild(keyword, flags, inner, span);
            }
            default -> throw new IllegalStateException("keyword without a parser: " + name);
        };
    }

    private static Piece shift(Piece p, int by) {
        return new Piece(p.text(), p.start() + by, p.end() + by);
    }

    private Instruction from(Syntax syntax, Keyword keyword, List<Flag> flags, LogicalText full, String line,
                             int start, int end, Span span) {
        List<Word> words = words(full, LineSyntax.whitespaceWords(line, start, end));
        Word image = words.isEmpty() ? null : words.get(0);
        Word as = null;
        Word stage = null;
        if (words.size() == 3 && words.get(1).text().equalsIgnoreCase("AS")) {
            as = words.get(1);
            stage = words.get(2);
        } else if (words.size() < syntax.minArguments()) {
            needs(syntax, keyword.span());
        } else if (words.size() != 1) {
            Span extra = full.source().span(words.get(1).span().start(), words.get(words.size() - 1).span().end());
            error("FROM takes an image and optionally AS <name>; found " + (words.size() - 1)
                    + " more word" + (words.size() == 2 ? "" : "s") + " after the image", extra);
        }
        return new From(keyword, flags, image, as, stage, span);
    }

    /** A command in exec or shell form (null when there is none), checked against the keyword's minimum. */
    private Command command(Syntax syntax, Keyword keyword, LogicalText full, String line, int start, int end) {
        Command command = command(syntax, full, line, start, end);
        boolean tooFew = syntax.form() == Form.EXEC_ONLY
                ? !(command instanceof ExecForm exec) || exec.arguments().size() < syntax.minArguments()
                : command == null && syntax.minArguments() > 0;
        if (tooFew) {
            needs(syntax, command != null ? command.span() : keyword.span());
        }
        return command;
    }

    private Command command(Syntax syntax, LogicalText full, String line, int start, int end) {
        if (start >= end) {
            return null;
        }
        JsonResult json = json(syntax, line, start, end);
        if (json instanceof JsonArray array) {
            List<Word> args = new ArrayList<>();
            for (Piece p : array.elements()) {
                args.add(new Word(p.text(), full.span(p.start(), p.end())));
            }
            return new ExecForm(args, full.span(start, end));
        }
        if (json instanceof NotStrings) {
            error(syntax.keyword() + " exec form must be a JSON array of strings only", full.span(start, end));
        }
        return new ShellForm(full.sub(start, end), full.span(start, end));
    }

    private Instruction healthcheck(Syntax syntax, Keyword keyword, List<Flag> flags, LogicalText full, String line,
                                    int start, int end, Span span) {
        if (start >= end) {
            needs(syntax, keyword.span());
            return new Healthcheck(keyword, flags, null, null, span);
        }
        int sep = start;
        while (sep < end && !LineSyntax.isSpace(line.charAt(sep))) {
            sep++;
        }
        int next = sep;
        while (next < end && LineSyntax.isSpace(line.charAt(next))) {
            next++;
        }
        Word type = word(full, start, sep);
        Command command = command(syntax, full, line, next, end);
        String upper = type.text().toUpperCase(Locale.ROOT);
        if (upper.equals("NONE")) {
            if (command != null) {
                error("HEALTHCHECK NONE takes no arguments", command.span());
            }
        } else if (upper.equals("CMD")) {
            if (command == null) {
                error("HEALTHCHECK CMD needs a command", type.span());
            }
        } else {
            error("unknown HEALTHCHECK type " + type.text() + " (use CMD or NONE)", type.span());
        }
        return new Healthcheck(keyword, flags, type, command, span);
    }

    private Instruction fileTransfer(Syntax syntax, Keyword keyword, List<Flag> flags, LogicalText full, String line,
                                     int start, int end, List<Heredoc> heredocs, Span span) {
        List<Word> words;
        boolean exec = false;
        JsonResult json = json(syntax, line, start, end);
        if (json instanceof JsonArray array) {
            exec = true;
            words = new ArrayList<>();
            for (Piece p : array.elements()) {
                words.add(new Word(p.text(), full.span(p.start(), p.end())));
            }
        } else {
            if (json instanceof NotStrings) {
                error(keyword.name() + " exec form must be a JSON array of strings only", full.span(start, end));
            }
            words = words(full, LineSyntax.whitespaceWords(line, start, end));
        }
        Word destination = null;
        List<Word> sources = words;
        if (words.size() < syntax.minArguments()) {
            needs(syntax, words.isEmpty() ? keyword.span() : words.get(0).span());
        } else {
            destination = words.get(words.size() - 1);
            sources = words.subList(0, words.size() - 1);
        }
        return keyword.name().equals("COPY")
                ? new Copy(keyword, flags, sources, destination, exec, heredocs, span)
                : new Add(keyword, flags, sources, destination, exec, heredocs, span);
    }

    private Instruction keyValues(Syntax syntax, Keyword keyword, List<Flag> flags, LogicalText full, String line,
                                  int start, int end, Span span) {
        String name = keyword.name();
        List<Piece> words = LineSyntax.words(line, start, end, escape);
        List<KeyValue> pairs = new ArrayList<>();
        boolean legacy = false;
        if (words.size() < syntax.minArguments()) {
            needs(syntax, keyword.span());
        } else if (!words.get(0).text().contains("=")) {
            legacy = true;
            int keyEnd = start;
            while (keyEnd < end && !LineSyntax.isSplitSpace(line.charAt(keyEnd))) {
                keyEnd++;
            }
            int valueStart = keyEnd;
            while (valueStart < end && LineSyntax.isSplitSpace(line.charAt(valueStart))) {
                valueStart++;
            }
            Word key = word(full, start, keyEnd);
            if (valueStart >= end) {
                error(name + " " + key.text() + " has no value: write " + name + " " + key.text() + "=<value>",
                        key.span());
                pairs.add(new KeyValue(key, null, key.span()));
            } else {
                Word value = word(full, valueStart, end);
                pairs.add(new KeyValue(key, value, full.span(start, end)));
            }
        } else {
            for (Piece w : words) {
                int eq = w.text().indexOf('=');
                if (eq < 0) {
                    error("\"" + w.text() + "\" is not of the form name=value", full.span(w.start(), w.end()));
                    continue;
                }
                Word key = new Word(w.text().substring(0, eq), full.span(w.start(), w.start() + eq));
                Word value = new Word(w.text().substring(eq + 1), full.span(w.start() + eq + 1, w.end()));
                if (eq == 0) {
                    error(name + " name can not be blank", full.span(w.start(), w.end()));
                }
                pairs.add(new KeyValue(key, value, full.span(w.start(), w.end())));
            }
        }
        return name.equals("ENV") ? new Env(keyword, flags, pairs, legacy, span)
                : new Label(keyword, flags, pairs, legacy, span);
    }

    private Instruction arg(Syntax syntax, Keyword keyword, List<Flag> flags, LogicalText full, String line,
                            int start, int end, Span span) {
        List<ArgDeclaration> declarations = new ArrayList<>();
        List<Piece> words = LineSyntax.words(line, start, end, escape);
        if (words.size() < syntax.minArguments()) {
            needs(syntax, keyword.span());
        }
        for (Piece w : words) {
            int eq = w.text().indexOf('=');
            Span whole = full.span(w.start(), w.end());
            if (eq == 0) {
                error("ARG name can not be blank", whole);
            }
            if (eq < 0) {
                declarations.add(new ArgDeclaration(new Word(w.text(), whole), null, whole));
            } else {
                declarations.add(new ArgDeclaration(
                        new Word(w.text().substring(0, eq), full.span(w.start(), w.start() + eq)),
                        new Word(w.text().substring(eq + 1), full.span(w.start() + eq + 1, w.end())), whole));
            }
        }
        return new Arg(keyword, flags, declarations, span);
    }

    private Instruction volume(Syntax syntax, Keyword keyword, List<Flag> flags, LogicalText full, String line,
                               int start, int end, Span span) {
        JsonResult json = json(syntax, line, start, end);
        List<Word> paths;
        boolean exec = json instanceof JsonArray;
        if (json instanceof JsonArray array) {
            paths = new ArrayList<>();
            for (Piece p : array.elements()) {
                Word w = new Word(p.text(), full.span(p.start(), p.end()));
                if (p.text().isBlank()) {
                    error("VOLUME path can not be empty", w.span());
                }
                paths.add(w);
            }
        } else {
            if (json instanceof NotStrings) {
                error("VOLUME exec form must be a JSON array of strings only", full.span(start, end));
            }
            paths = words(full, LineSyntax.whitespaceWords(line, start, end));
        }
        if (paths.size() < syntax.minArguments()) {
            needs(syntax, keyword.span());
        }
        return new Volume(keyword, flags, paths, exec, span);
    }

    private Word single(Syntax syntax, Keyword keyword, LogicalText full, int start, int end) {
        if (start >= end) {
            if (syntax.minArguments() > 0) {
                needs(syntax, keyword.span());
            }
            return null;
        }
        return word(full, start, end);
    }

    /** The exec form when the keyword takes one and the text is a JSON array (research A.7). */
    private static JsonResult json(Syntax syntax, String line, int start, int end) {
        return syntax.form() == Form.PLAIN ? NOT_JSON : LineSyntax.parseJson(line, start, end);
    }

    private static final JsonResult NOT_JSON = new NotJson();

    /** Too few arguments for the keyword: "COPY needs at least one source and a destination". */
    private void needs(Syntax syntax, Span span) {
        error(syntax.keyword() + " needs " + syntax.needs(), span);
    }

    private static Word word(LogicalText full, int start, int end) {
        return new Word(full.text().substring(start, end), full.span(start, end));
    }

    private static List<Word> words(LogicalText full, List<Piece> pieces) {
        List<Word> words = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            words.add(new Word(p.text(), full.span(p.start(), p.end())));
        }
        return words;
    }

    /** Whether the arguments start with this word (case-insensitive), followed by a blank or their end. */
    private static boolean firstWordIs(LogicalText full, int argsStart, int argsEnd, String word) {
        String text = full.text();
        int end = argsStart + word.length();
        return end <= argsEnd && text.regionMatches(true, argsStart, word, 0, word.length())
                && (end == argsEnd || Character.isWhitespace(text.charAt(end)));
    }

    // ---- flags and mounts

    private void checkFlags(Syntax syntax, List<Flag> flags) {
        if (!syntax.flagsChecked()) {
            return;
        }
        String keyword = syntax.keyword();
        Map<String, FlagKind> known = syntax.flags();
        Set<String> seen = new HashSet<>();
        for (Flag flag : flags) {
            FlagKind kind = known.get(flag.name());
            if (kind == null) {
                String close = InstructionSyntax.closest(flag.name(), known.keySet());
                String hint = known.isEmpty() ? keyword + " takes no flags"
                        : close != null ? "did you mean --" + close + "?"
                        : keyword + " flags are --" + String.join(", --", known.keySet().stream().sorted().toList());
                error("unknown flag --" + flag.name() + ": " + hint, flag.span());
                continue;
            }
            if (kind != FlagKind.REPEATED && !seen.add(flag.name())) {
                error("--" + flag.name() + " given twice", flag.span());
            }
            if (kind == FlagKind.BOOL && flag.hasValue() && !flag.value().equalsIgnoreCase("true")
                    && !flag.value().equalsIgnoreCase("false")) {
                error("--" + flag.name() + " takes true or false, not '" + flag.value() + "'", flag.span());
            } else if (kind != FlagKind.BOOL && !flag.hasValue()) {
                error("--" + flag.name() + " needs a value: write --" + flag.name() + "=<value>", flag.span());
            }
        }
    }

    private List<Mount> mounts(List<Flag> flags) {
        List<Mount> mounts = new ArrayList<>();
        for (Flag flag : flags) {
            if (!flag.name().equals("mount") || flag.value() == null) {
                continue;
            }
            List<Mount.Option> options = new ArrayList<>();
            String type = "bind";
            for (String field : csvFields(flag.value())) {
                int eq = field.indexOf('=');
                String key = (eq < 0 ? field : field.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
                String value = eq < 0 ? null : field.substring(eq + 1);
                if (key.isEmpty()) {
                    continue;
                }
                if (key.equals("type")) {
                    type = value == null ? "" : value.toLowerCase(Locale.ROOT);
                }
                options.add(new Mount.Option(key, value));
            }
            if (!InstructionSyntax.MOUNT_TYPES.contains(type)) {
                error("unknown mount type '" + type + "' (use bind, cache, tmpfs, secret or ssh)", flag.span());
            }
            mounts.add(new Mount(type, options, flag.span()));
        }
        return mounts;
    }

    /** Fields of a CSV record as Go's encoding/csv reads them (double quotes, "" for a quote). */
    static List<String> csvFields(String value) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < value.length() && value.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    // ---- file-level checks

    private void checkLineLengths() {
        String text = source.text();
        for (int line = 1; line <= source.lineCount(); line++) {
            int start = source.lineStart(line);
            int end = source.lineEnd(line);
            if (end - start <= MAX_LINE_BYTES / 3) {
                continue;
            }
            int bytes = text.substring(start, end).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_LINE_BYTES) {
                error("line is " + bytes + " bytes long; BuildKit refuses lines over " + MAX_LINE_BYTES + " bytes",
                        source.span(start, start));
            }
        }
    }

    private void checkStructure() {
        // An instruction before the first FROM is no syntax error: BuildKit's parser takes it and its dispatcher
        // rejects it ("no build stage in current context"). BU011 reports that once, and the model lints such a
        // fragment as a stage of its own.
        if (instructions.isEmpty()) {
            error("file with no instructions: a Dockerfile needs at least a FROM", source.span(0, 0));
        }
    }

    private void error(String message, Span span) {
        errors.add(new SyntaxError(message, span));
    }
}
