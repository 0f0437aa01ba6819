package dev.layerlint.rule;

import dev.layerlint.ast.Comment;
import dev.layerlint.ast.Directive;
import dev.layerlint.ast.Dockerfile;
import dev.layerlint.ast.Instruction;
import dev.layerlint.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline control: {@code # layerlint ignore=CODE[,CODE] [-- reason]} on its
 * own line above an instruction (comment lines may sit between), {@code #
 * layerlint global ignore=...} for the whole file, and for migrating users
 * hadolint's {@code # hadolint ignore=DL3008} and BuildKit's {@code #
 * check=skip=Rule} directive, matched through rule aliases. Codes and names
 * both work; BU000 cannot be ignored (a file that does not parse cannot be
 * built).
 */
public final class Suppressions {
    private static final Pattern CODE_SEPARATORS = Pattern.compile("[,\\s]+");

    private static final Pattern OWN = Pattern.compile(
            "^(layerlint|hadolint)\\s+(global\\s+)?ignore\\s*=\\s*([A-Za-z0-9_,\\s-]+?)\\s*(--.*)?$");

    /** One ignore comment or directive: its codes, the lines it covers, where it is, and what it suppressed. */
    private record Ignore(Set<String> codes, int fromLine, int toLine, Span span,
                          Set<String> used) {
        Ignore(Set<String> codes, int fromLine, int toLine, Span span) {
            this(codes, fromLine, toLine, span, new HashSet<>());
        }
    }

    public static final RuleInfo UNUSED = new RuleInfo("ST001", "unused-ignore",
            "An ignore comment suppresses nothing", Severity.WARNING, List.of());

    private final List<Ignore> ignores;

    private Suppressions(List<Ignore> ignores) {
        this.ignores = ignores;
    }

    public static Suppressions of(Dockerfile file) {
        List<Ignore> ignores = new ArrayList<>();
        for (Comment c : file.comments()) {
            Matcher m = OWN.matcher(c.text());
            if (!m.matches()) {
                continue;
            }
            Set<String> codes = codes(m.group(3));
            if (m.group(2) != null) {
                ignores.add(new Ignore(codes, 1, Integer.MAX_VALUE, c.span()));
                continue;
            }
            Instruction next = null;
            for (Instruction i : file.instructions()) {
                if (i.span().startLine() > c.span().startLine()) {
                    next = i;
                    break;
                }
            }
            if (next != null) {
                ignores.add(new Ignore(codes, next.span().startLine(), next.span().endLine(), c.span()));
            }
        }
        Directive check = file.directive("check");
        if (check != null) {
            for (String part : check.value().split(" ")[0].split(";")) {
                String p = part.strip();
                if (p.startsWith("skip=")) {
                    ignores.add(new Ignore(codes(p.substring(5)), 1, Integer.MAX_VALUE, check.valueSpan()));
                }
            }
        }
        return new Suppressions(ignores);
    }

    private static Set<String> codes(String list) {
        Set<String> out = new HashSet<>();
        for (String code : CODE_SEPARATORS.split(list)) {
            if (!code.isBlank()) {
                out.add(code.strip().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Whether a finding is suppressed by an inline comment or directive. */
    public boolean suppresses(Finding finding) {
        RuleInfo rule = finding.rule();
        if (rule.code().equals(SyntaxErrors.INFO.code())) {
            return false;
        }
        int line = finding.span().startLine();
        for (Ignore ignore : ignores) {
            if (line < ignore.fromLine() || line > ignore.toLine()) {
                continue;
            }
            for (String code : ignore.codes()) {
                if (code.equals("all") || code.equals(rule.code().toLowerCase(Locale.ROOT))
                        || code.equals(rule.name()) || finding.aliases().stream()
                        .anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(code))) {
                    ignore.used().add(code);
                    return true;
                }
            }
        }
        return false;
    }

    /** ST001 findings for every code of an ignore comment that suppressed nothing (call after filtering). */
    public List<Finding> unused() {
        List<Finding> out = new ArrayList<>();
        for (Ignore ignore : ignores) {
            for (String code : ignore.codes()) {
                if (!ignore.used().contains(code)) {
                    out.add(new Finding(UNUSED, UNUSED.severity(), "ignore of " + code.toUpperCase(Locale.ROOT)
                            + " suppresses nothing here: remove it, or it will hide a future finding nobody meant"
                            + " to hide", ignore.span()));
                }
            }
        }
        return out;
    }
}
