/*
 * Dockerfile parser: a file is a sequence of blank lines, comment lines and
 * instructions; an instruction is its first word, its raw argument tokens
 * (continuations and the comment lines inside them are on other channels)
 * and the heredoc bodies that follow it (which keywords take heredocs, and
 * everything else a keyword accepts, is in the instruction table,
 * dev.layerlint.parser.InstructionSyntax; the split between this grammar and
 * the hand port: dev/layerlint/parser/package-info.java).
 */
parser grammar DockerfileParser;

options { tokenVocab = DockerfileLexer; }

dockerfile          : line* EOF ;

line                : NEWLINE                 # blankLine
                    | COMMENT NEWLINE?        # commentLine
                    | instruction             # instructionLine
                    ;

instruction         : instructionHead (NL heredocBody* unterminatedHeredoc?)? ;

instructionHead     : KEYWORD argument*
                    | argument+
                    ;

argument            : TEXT | ESCAPED | OTHER ;

heredocBody         : HEREDOC_LINE* HEREDOC_END ;

unterminatedHeredoc : HEREDOC_LINE+ ;
