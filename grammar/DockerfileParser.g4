/*
 * Dockerfile parser: a file is a sequence of blank lines, comment lines and
 * instructions; an instruction is its first word, its raw argument tokens
 * (continuations and the comment lines inside them are on other channels)
 * and, for RUN/COPY/ADD, the heredoc bodies that follow it.
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
