package dev.layerlint.rules.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a variable name says it holds a secret: one of its {@code _}- or
 * {@code -}-separated parts is a secret word (BuildKit's list: apikey, auth,
 * credential(s), key, password, pword, passwd, secret, token) and no part
 * says it is something else (BuildKit: public, file, version; we add the
 * words that name metadata about a secret, not the secret: gpg, pgp, id,
 * path, dir, url, host, name, type, fingerprint, server, endpoint, length).
 */
final class SecretNames {
    private static final Set<String> SECRET = Set.of("apikey", "auth", "credential", "credentials", "key", "password",
            "pword", "passwd", "secret", "token", "pass", "pwd", "privatekey", "accesskey", "secretkey");
    private static final Set<String> NOT = Set.of("public", "file", "version", "gpg", "pgp", "id", "path", "dir",
            "url", "host", "name", "type", "fingerprint", "server", "endpoint", "length", "len", "size", "uri",
            "ttl", "timeout", "method", "mode", "header", "user", "username", "keyring", "keyserver", "keys", "required",
            "plugin", "use", "enable", "enabled", "disable", "disabled", "pull", "provider");

    private SecretNames() {
    }

    static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean secret = false;
        int from = 0;
        for (int i = 0; i <= lower.length(); i++) {
            if (i == lower.length() || lower.charAt(i) == '_' || lower.charAt(i) == '-' || lower.charAt(i) == '.') {
                if (i > from) {
                    String part = lower.substring(from, i);
                    if (NOT.contains(part)) {
                        return false;
                    }
                    secret |= SECRET.contains(part);
                }
                from = i + 1;
            }
        }
        return secret;
    }
}
