package dev.layerlint.rules.style;

import dev.layerlint.ast.KeyValue;
import dev.layerlint.ast.Label;
import dev.layerlint.model.Stage;
import dev.layerlint.rule.RuleContext;
import dev.layerlint.rules.Stages;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The labels of the built image (the target and its base stages) and the label-schema value checks. */
final class Labels {
    /** One label as set in the Dockerfile: its pair and its value after expansion. */
    record Set1(Label label, KeyValue pair, String value) {
    }

    private static final Pattern RFC3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");
    private static final Pattern SEMVER = Pattern.compile("v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]"
            + "([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
    private static final Set<String> SPDX = Set.of("0BSD", "AFL-3.0", "AGPL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later",
            "Apache-1.1", "Apache-2.0", "Artistic-2.0", "BSD-1-Clause", "BSD-2-Clause", "BSD-3-Clause",
            "BSD-3-Clause-Clear", "BSD-4-Clause", "BSL-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "CDDL-1.0",
            "CDDL-1.1", "EPL-1.0", "EPL-2.0", "EUPL-1.1", "EUPL-1.2", "GPL-2.0", "GPL-2.0-only", "GPL-2.0-or-later",
            "GPL-3.0", "GPL-3.0-only", "GPL-3.0-or-later", "ISC", "LGPL-2.0", "LGPL-2.0-only", "LGPL-2.0-or-later",
            "LGPL-2.1", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0", "LGPL-3.0-only", "LGPL-3.0-or-later",
            "MIT", "MIT-0", "MPL-1.1", "MPL-2.0", "MS-PL", "MS-RL", "NCSA", "OFL-1.1", "OpenSSL", "PHP-3.01",
            "PostgreSQL", "Python-2.0", "Ruby", "Unlicense", "UPL-1.0", "Vim", "W3C", "WTFPL", "Zlib", "ZPL-2.1",
            "Classpath-exception-2.0", "LLVM-exception", "GCC-exception-3.1", "Autoconf-exception-3.0");

    private Labels() {
    }

    /** Labels in effect on the built image: base stages first, later settings win. */
    static Map<String, Set1> ofImage(RuleContext ctx) {
        Map<String, Set1> out = new LinkedHashMap<>();
        Stage target = ctx.model().target();
        if (target == null) {
            return out;
        }
        List<Stage> chain = new ArrayList<>(Stages.chain(target));
        Collections.reverse(chain);
        for (Stage s : chain) {
            for (Label l : Stages.of(s, Label.class)) {
                for (KeyValue kv : l.pairs()) {
                    String key = ctx.model().expand(l, kv.key().text()).value();
                    if (key == null) {
                        continue; // a key that does not expand (a syntax error reported elsewhere)
                    }
                    String value = kv.value() == null ? "" : ctx.model().expand(l, kv.value().text()).value();
                    out.put(key, new Set1(l, kv, value == null ? "" : value));
                }
            }
        }
        return out;
    }

    /** Why a value does not match its schema type, or null when it does. */
    static String typeProblem(String type, String value) {
        return switch (type) {
            case "url" -> url(value) ? null : "is not a URL";
            case "rfc3339" -> RFC3339.matcher(value).matches() ? null : "is not an RFC 3339 time (2024-05-01T12:00:00Z)";
            case "semver" -> SEMVER.matcher(value).matches() ? null : "is not a semantic version (MAJOR.MINOR.PATCH)";
            case "hash" -> value.matches("[0-9a-f]{7}|[0-9a-f]{40}") ? null : "is not a git hash (7 or 40 hex digits)";
            case "email" -> EMAIL.matcher(value).matches() ? null : "is not an email address";
            case "spdx" -> spdx(value) ? null : "is not an SPDX license expression (MIT, Apache-2.0 OR MIT)";
            default -> null;
        };
    }

    private static boolean url(String v) {
        try {
            URI u = new URI(v);
            return u.getScheme() != null && (u.getHost() != null || u.getScheme().equals("mailto")
                    || u.getScheme().equals("urn"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean spdx(String v) {
        String s = v.replace("(", " ").replace(")", " ").strip();
        if (s.isEmpty()) {
            return false;
        }
        for (String token : s.split("\\s+")) {
            if (token.equals("AND") || token.equals("OR") || token.equals("WITH")) {
                continue;
            }
            String id = token.endsWith("+") ? token.substring(0, token.length() - 1) : token;
            if (!SPDX.contains(id) && !id.startsWith("LicenseRef-") && !id.startsWith("DocumentRef-")) {
                return false;
            }
        }
        return true;
    }
}
