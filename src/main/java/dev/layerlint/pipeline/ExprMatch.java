package dev.layerlint.pipeline;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two values written in one pipeline can be the same text at run
 * time when one of them is built from template expressions ({@code ${{ ... }}}):
 * an expression stands for any text, the rest must match. A matrix job's
 * {@code key: image-${{ matrix.arch }}-${{ github.run_id }}} can be the
 * {@code image-amd64-${{ github.run_id }}} another job of the same run reads.
 */
public final class ExprMatch {
    private static final Pattern EXPR = Pattern.compile("\\$\\{\\{(.*?)}}");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private ExprMatch() {
    }

    /**
     * True when {@code a} and {@code b} may be equal in one run: the same text, or one of them with its
     * expressions that {@code wildcard} accepts standing for any text. Expressions not taken as wildcards
     * (a run id) must be written the same on both sides.
     */
    public static boolean mayEqual(String a, String b, Predicate<String> wildcard) {
        String na = normal(a);
        String nb = normal(b);
        return na.equals(nb) || pattern(na, wildcard).matcher(nb).matches() || pattern(nb, wildcard).matcher(na).matches();
    }

    /** Expressions that read a matrix value ({@code matrix.arch}, {@code format('x-{0}', matrix.arch)}). */
    public static boolean matrix(String expression) {
        return expression.contains("matrix.");
    }

    /** Any expression. */
    public static boolean any(String expression) {
        return true;
    }

    /** Blanks inside {@code ${{ }}} dropped, so {@code ${{github.sha}}} and {@code ${{ github.sha }}} compare equal. */
    private static String normal(String s) {
        Matcher m = EXPR.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement("${{" + BLANKS.matcher(m.group(1)).replaceAll("") + "}}"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Pattern pattern(String s, Predicate<String> wildcard) {
        Matcher m = EXPR.matcher(s);
        StringBuilder re = new StringBuilder();
        int last = 0;
        while (m.find()) {
            re.append(Pattern.quote(s.substring(last, m.start())));
            re.append(wildcard.test(m.group(1)) ? ".*" : Pattern.quote(m.group()));
            last = m.end();
        }
        re.append(Pattern.quote(s.substring(last)));
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
