/*
 * Dockerfile lexer: physical line structure only.
 *
 * Modes:
 *   DEFAULT_MODE  the start of a physical line outside an instruction: blank
 *                 lines, comment lines (parser directives are comment lines;
 *                 DirectiveScanner decides which), the first word of an
 *                 instruction.
 *   ARGS          the rest of the instruction: raw argument text, and line
 *                 continuations (the active escape character at line end),
 *                 after which comment lines and blank lines are dropped.
 *   HEREDOC       heredoc bodies, line by line, up to each terminator.
 *
 * The escape character (backslash or backtick), line-start checks and
 * heredoc bookkeeping are one-call predicates and actions implemented and
 * unit-tested in DockerfileLexerBase. Argument syntax (flags, JSON arrays,
 * quoted words) depends on the keyword and on the whole logical line, so it
 * is not lexed here: see dev.layerlint.parser.LineSyntax.
 */
lexer grammar DockerfileLexer;

options { superClass = DockerfileLexerBase; }

channels { CONTINUATIONS }

tokens { HEREDOC_END }

// A predicate evaluated on the way to a state stops that state's edges from
// being cached in the lexer DFA, so the argument modes have none on the paths
// real files take: one mode per escape character (ARGS for backslash, ARGS_BT
// for a backtick chosen by # escape=`), entered by pushArgs(). The only
// predicates left are on rare paths: an escape at the start of a line, and a
// comment on the last line of the input.

INDENT               : [ \t\f\u000B\r]+ -> channel(HIDDEN) ;
NEWLINE              : LINE_END ;
COMMENT              : '#' COMMENT_TEXT ;
// (the predicate checks that the line ends here: EOF cannot be matched before an action)
LEADING_CONTINUATION : [\\`] [ \t]* (LINE_END SKIPPED_LINE* | '\r'*) {isLineContinuation()}? {pushArgs();} -> channel(CONTINUATIONS) ;
KEYWORD              : ~[ \t\f\u000B\r\n\\`#] ~[ \t\f\u000B\r\n\\`]* {pushArgs();} ;
LEADING_ESCAPE       : [\\`] {pushArgs();} -> type(TEXT) ;

// A line ends at '\n'. The carriage returns right before it are part of the
// line end, not of the line (BuildKit trims "\r\n" from the right of every
// line), so a CRLF file lexes like its LF twin; a CR anywhere else is text
// (BuildKit splits words on it). At the end of the input, trailing CRs end
// the line as '\n' would (the ARGS modes and LEADING_CONTINUATION).
fragment LINE_END     : '\r'* '\n' ;
// The text of a comment: up to the line end, so without the CRs that end it.
fragment COMMENT_TEXT : (~[\r\n] | '\r'+ ~[\r\n])* ;
// A line continuation: the escape character, blanks, the line end, and the
// comment and blank lines after it (BuildKit drops those from the instruction).
fragment SKIPPED_LINE : [ \t\f\u000B\r]* ('#' COMMENT_TEXT)? LINE_END ;

mode ARGS;

// A line continuation: the escape, blanks, then the line end (or the end of the
// input). An escape right after an escape is not one (BuildKit's
// ([^\\])\\[ \t]*$): an odd run of escapes followed by blanks is one token,
// ESCAPED, so the last escape of the run never starts a CONTINUATION.
CONTINUATION         : '\\' [ \t]* (LINE_END SKIPPED_LINE* | '\r'* EOF) -> channel(CONTINUATIONS) ;
// a comment line that ends the file right after a continuation (with the CRs
// that end it, if any: the AST builder leaves them out of the comment)
LAST_COMMENT         : [ \t\f\u000B]* '#' COMMENT_TEXT '\r'* {isLastLineComment()}? -> channel(CONTINUATIONS) ;
NL                   : (LINE_END | '\r'+ EOF) {endInstruction();} ;
// Argument text runs to the next escape or line end, blanks included: the
// parser needs only where an instruction ends (LineSyntax splits the words of
// the logical line), and one token per run instead of one per word and blank
// makes a third of the tokens.
ESCAPED              : '\\' ~[\r\n] | '\\' '\\' ('\\' '\\')* '\\' [ \t]* ;
TEXT                 : ~[\r\n\\]+ ;
OTHER                : [\\\r] ;

mode ARGS_BT;

BT_CONTINUATION      : '`' [ \t]* (LINE_END SKIPPED_LINE* | '\r'* EOF) -> type(CONTINUATION), channel(CONTINUATIONS) ;
BT_LAST_COMMENT      : [ \t\f\u000B]* '#' COMMENT_TEXT '\r'* {isLastLineComment()}? -> type(LAST_COMMENT), channel(CONTINUATIONS) ;
BT_NL                : (LINE_END | '\r'+ EOF) {endInstruction();} -> type(NL) ;
BT_ESCAPED           : ('`' ~[\r\n] | '`' '`' ('`' '`')* '`' [ \t]*) -> type(ESCAPED) ;
BT_TEXT              : ~[\r\n`]+ -> type(TEXT) ;
BT_OTHER             : [`\r] -> type(OTHER) ;

mode HEREDOC;

// One body line; the action turns it into HEREDOC_END when it is the terminator.
HEREDOC_LINE         : (~[\n]+ '\n'? | '\n') {heredocLine();} ;
