package dev.layerlint.parser;

import dev.layerlint.ast.Dockerfile;
import dev.layerlint.parser.antlr.DockerfileLexer;
import dev.layerlint.parser.antlr.DockerfileParser;
import dev.layerlint.source.SourceText;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CodePointBuffer;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** Text to AST: directives, lexing, parsing, AST building. Never throws on bad input. */
public final class Parser {
    /** By start, then end (a class: Comparator.comparing's lambdas are spun on every start). */
    private static final Comparator<SyntaxError> SOURCE_ORDER = new Comparator<>() {
        @Override
        public int compare(SyntaxError a, SyntaxError b) {
            int byStart = Integer.compare(a.span().start(), b.span().start());
            return byStart != 0 ? byStart : Integer.compare(a.span().end(), b.span().end());
        }
    };

    private Parser() {
    }

    public static ParseResult parse(SourceText source) {
        DirectiveScanner.Result directives = DirectiveScanner.scan(source);
        List<SyntaxError> errors = new ArrayList<>(directives.errors());

        CodePointCharStream chars = CodePointCharStream.fromBuffer(codeUnits(source.text()), source.path());
        DockerfileLexer lexer = new DockerfileLexer(chars);
        lexer.setSourceText(source.text());
        lexer.setEscapeChar(directives.escape());
        lexer.removeErrorListeners();
        lexer.addErrorListener(new Collector(source, errors));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();

        DockerfileParser parser = new DockerfileParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        DockerfileParser.DockerfileContext tree;
        try {
            tree = parser.dockerfile();
        } catch (ParseCancellationException e) {
            // SLL was not enough: retry with full LL and error recovery
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(new Collector(source, errors));
            tree = parser.dockerfile();
        }

        AstBuilder builder = new AstBuilder(source, tokens, directives.escape(), directives.directives(),
                lexer.heredocs());
        builder.build(tree);
        errors.addAll(builder.errors());
        errors.sort(SOURCE_ORDER);
        Dockerfile dockerfile = new Dockerfile(source, directives.escape(), directives.directives(),
                builder.comments(), builder.instructions());
        return new ParseResult(dockerfile, errors);
    }

    /**
     * The text as ANTLR reads it: UTF-16 code units, so token indices are String indices. One byte per
     * unit when every character is Latin-1 (nearly every Dockerfile): half the copy, and token text is
     * made without compressing chars back to bytes.
     */
    private static CodePointBuffer codeUnits(String text) {
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        if (new String(latin1, StandardCharsets.ISO_8859_1).equals(text)) {
            return CodePointBuffer.withBytes(ByteBuffer.wrap(latin1));
        }
        return CodePointBuffer.withChars(CharBuffer.wrap(text.toCharArray()));
    }

    /** Turns ANTLR's reports into syntax errors at the offending place. */
    private static final class Collector extends BaseErrorListener {
        private final SourceText source;
        private final List<SyntaxError> errors;

        Collector(SourceText source, List<SyntaxError> errors) {
            this.source = source;
            this.errors = errors;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                String message, RecognitionException e) {
            int start;
            int end;
            if (offendingSymbol instanceof Token t && t.getStartIndex() >= 0) {
                start = Math.min(t.getStartIndex(), source.length());
                end = Math.max(start, Math.min(t.getStopIndex() + 1, source.length()));
            } else {
                start = Math.min(source.lineStart(Math.max(1, Math.min(line, source.lineCount()))) + column,
                        source.length());
                end = start;
            }
            errors.add(new SyntaxError(message, source.span(start, end)));
        }
    }
}
