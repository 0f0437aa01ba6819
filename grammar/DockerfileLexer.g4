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

// Predicates are reachable only from an escape character, so ANTLR can cache
// the lexer DFA for every other character (a predicate evaluated on the way
// to a state stops that state's edges from being cached).

INDENT               : [ \t\f\u000B\r]+ -> channel(HIDDEN) ;
NEWLINE              : '\r'? '\n' ;
COMMENT              : '#' ~[\r\n]* ;
LEADING_CONTINUATION : [\\`] [ \t]* (LINE_END SKIPPED_LINE*)? {isLineContinuation()}? -> channel(CONTINUATIONS), pushMode(ARGS) ;
KEYWORD              : ~[ \t\f\u000B\r\n\\`#] ~[ \t\f\u000B\r\n\\`]* -> pushMode(ARGS) ;
LEADING_ESCAPE       : [\\`] -> type(TEXT), pushMode(ARGS) ;

// A line continuation: the escape character, blanks, the line end, and the
// comment and blank lines after it (BuildKit drops those from the instruction).
fragment LINE_END     : '\r'? '\n' ;
fragment SKIPPED_LINE : [ \t\f\u000B\r]* ('#' ~[\r\n]*)? '\n' ;

mode ARGS;

CONTINUATION         : [\\`] [ \t]* (LINE_END SKIPPED_LINE*)? {isLineContinuation()}? -> channel(CONTINUATIONS) ;
// a comment line that ends the file right after a continuation
LAST_COMMENT         : '#' ~[\r\n]* {isLastLineComment()}? -> channel(CONTINUATIONS) ;
NL                   : '\r'? '\n' {endInstruction();} ;
WS                   : [ \t\f\u000B]+ ;
ESCAPED              : [\\`] ~[\r\n] {isEscapeSequence()}? ;
TEXT                 : ~[ \t\f\u000B\r\n\\`]+ ;
OTHER                : [\\`\r] ;

mode HEREDOC;

// One body line; the action turns it into HEREDOC_END when it is the terminator.
HEREDOC_LINE         : (~[\n]+ '\n'? | '\n') {heredocLine();} ;
