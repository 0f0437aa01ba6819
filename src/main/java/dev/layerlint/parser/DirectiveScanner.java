package dev.layerlint.parser;

import dev.layerlint.ast.Directive;
import dev.layerlint.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parser directives of the leading block (before lexing, because
 * {@code escape} changes how the rest of the file is read). The block ends at
 * the first line that is not a {@code # key=value} comment with a known key:
 * a blank line, an instruction, an ordinary comment or an unknown key.
 */
public final class DirectiveScanner {
    static final Set<String> KNOWN = Set.of("syntax", "escape", "check");
    private static final Pattern DIRECTIVE =
            Pattern.compile("^#[ \\t]*([a-zA-Z][a-zA-Z0-9]*)[ \\t]*=[ \\t]*(.+?)[ \\t]*$");

    /** Directives in order, the escape character, and errors (duplicates, bad escape). */
    public record Result(List<Directive> directives, char escape, List<SyntaxError> errors) {
    }

    private DirectiveScanner() {
    }

    public static Result scan(SourceText source) {
        List<Directive> directives = new ArrayList<>();
        List<SyntaxError> errors = new ArrayList<>();
        char escape = '\\';
        for (int line = 1; line <= source.lineCount(); line++) {
            int lineStart = source.lineStart(line);
            int lineEnd = source.lineEnd(line);
            String text = source.text().substring(lineStart, lineEnd);
            int lead = 0;
            while (lead < text.length() && LineSyntax.isSpace(text.charAt(lead))) {
                lead++;
            }
            Matcher m = DIRECTIVE.matcher(text.substring(lead));
            if (!m.matches()) {
                break;
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (!KNOWN.contains(name)) {
                break;
            }
            int valueStart = lineStart + lead + m.start(2);
            int valueEnd = lineStart + lead + m.end(2);
            Directive directive = new Directive(name, m.group(2), source.span(lineStart + lead, lineEnd),
                    source.span(valueStart, valueEnd));
            if (directives.stream().anyMatch(d -> d.name().equals(name))) {
                errors.add(new SyntaxError("only one " + name + " parser directive can be used", directive.span()));
                continue;
            }
            directives.add(directive);
            if (name.equals("escape")) {
                String value = m.group(2);
                if (value.equals("`") || value.equals("\\")) {
                    escape = value.charAt(0);
                } else {
                    errors.add(new SyntaxError("invalid escape token '" + value
                            + "': the escape directive accepts only ` or \\", directive.valueSpan()));
                }
            }
        }
        return new Result(List.copyOf(directives), escape, List.copyOf(errors));
    }
}
