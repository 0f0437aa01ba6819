/**
 * Dockerfile text to AST, in two parts with a fixed boundary.
 *
 * <p><b>ANTLR: the line structure</b> ({@code grammar/DockerfileLexer.g4},
 * {@code grammar/DockerfileParser.g4}, with the predicates and actions in
 * {@code antlr/DockerfileLexerBase}). Physical lines and their ends (CRLF,
 * lone CRs), blank and comment lines, line continuations with the active
 * escape character and the comment and blank lines they swallow, where each
 * instruction's logical line starts and ends, and heredoc bodies up to their
 * terminators. The lexer is the one place that finds heredoc openers (it needs
 * them to read the bodies); it keeps them per instruction
 * ({@code DockerfileLexerBase.heredocs()}) and the AST builder takes them from
 * there. Argument text stays raw: one token per run of text.
 *
 * <p><b>The hand port: the arguments</b> ({@link dev.layerlint.parser.LineSyntax},
 * {@code AstBuilder}). BuildKit's per-instruction
 * argument parsing of the logical line: the keyword and the leading
 * {@code --flags}, exec (JSON) form or shell form, quote-aware words,
 * {@code k=v} or legacy {@code KEY value}, heredoc openers, argument counts.
 * It is a port of BuildKit's Go code, not a grammar, because BuildKit decides
 * these on the whole joined line and per keyword: whether a line is exec form
 * depends on the <em>whole</em> text being valid JSON (invalid JSON silently
 * falls back to shell form), ENV's shape on whether its first word holds a
 * {@code =}, a heredoc opener on a regular expression over shell-like words,
 * flags on quotes and escapes inside a word. A grammar could express these
 * only with backtracking or predicates on the hot path; the port is checked
 * line by line against BuildKit's own cases
 * ({@code BuildKitConformanceTest}, {@code LineSyntaxTest}).
 *
 * <p><b>The instruction table</b> ({@code InstructionSyntax}):
 * what each keyword accepts, mirroring BuildKit's {@code dispatch} map: its
 * argument shape, whether the exec form is tried, its fewest arguments, its
 * flags (string, bool or repeated) and whether they are validated, whether it
 * takes heredocs, whether it may follow ONBUILD, and which of its words and
 * flag values BuildKit expands with the stage's ARG/ENV. The lexer base,
 * LineSyntax and the AST builder read it, and so does
 * {@code model.ExpandedWords} (its one public face); no other class or grammar
 * file keeps such a list
 * ({@code InstructionSyntaxTest}, {@code GrammarVocabularyTest}).
 *
 * <p>Also here: {@link dev.layerlint.parser.DirectiveScanner} (the leading
 * directive block, read before lexing because {@code # escape=} changes how
 * the rest is lexed), the AST's JSON and BuildKit dump renderings.
 */
package dev.layerlint.parser;
