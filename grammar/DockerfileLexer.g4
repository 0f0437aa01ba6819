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

channels { COMMENTS, CONTINUATIONS }

INDENT               : [ \t\f\u000B\r]+ -> channel(HIDDEN) ;
NEWLINE              : '\r'? '\n' ;
COMMENT              : '#' ~[\r\n]* ;
LEADING_CONTINUATION : [\\`] [ \t]* ('\r'? '\n')? {isLineContinuation()}? -> channel(CONTINUATIONS), pushMode(ARGS) ;
KEYWORD              : ~[ \t\f\u000B\r\n\\`#] ~[ \t\f\u000B\r\n\\`]* -> pushMode(ARGS) ;
LEADING_ESCAPE       : [\\`] -> type(TEXT), pushMode(ARGS) ;

mode ARGS;

// Order matters: on equal length the first rule wins, and the
// continuation-line rules must beat NL and WS.
CONTINUATION_COMMENT : [ \t\f\u000B\r]* '#' ~[\r\n]* ('\r'? '\n')? {atLineStart()}? -> channel(COMMENTS) ;
EMPTY_CONTINUATION   : [ \t\f\u000B\r]* '\n' {atLineStart()}? -> channel(CONTINUATIONS) ;
BLANK_AT_EOF         : [ \t\f\u000B\r]+ {atLineStart() && atEndOfInput()}? -> channel(CONTINUATIONS) ;
CONTINUATION         : [\\`] [ \t]* ('\r'? '\n')? {isLineContinuation()}? -> channel(CONTINUATIONS) ;
NL                   : '\r'? '\n' {endInstruction();} ;
WS                   : [ \t\f\u000B]+ ;
ESCAPED              : [\\`] ~[\r\n] {isEscapeSequence()}? ;
TEXT                 : ~[ \t\f\u000B\r\n\\`]+ ;
OTHER                : [\\`\r] ;

mode HEREDOC;

HEREDOC_END          : ~[\n]+ '\n'? {isHeredocTerminator()}? {endHeredoc();} ;
HEREDOC_LINE         : ~[\n]* '\n' | ~[\n]+ ;
