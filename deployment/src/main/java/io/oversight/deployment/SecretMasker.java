package io.oversight.deployment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like a secret in a line of the user's file before any report quotes it: the
 * value of a key named like a token, secret or password, and values shaped like well-known
 * credentials (cloud access keys, API tokens, private keys, JWTs). Reports are filed and shared;
 * a secret pasted into a deployment description must not travel with them.
 */
public final class SecretMasker {

    static final String MASK = "****";

    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i)((?:^|[\\s{,\"'])[\\w.-]*(?:token|secret|passw(?:or)?d|pwd|api[_-]?key|private[_-]?key|access[_-]?key|credentials?)[\"']?\\s*[:=]\\s*)"
                    + "(?![\\[{|>]\\s*$)([^#,}\\s][^#,}]*?)(\\s*(?:#.*)?)$");

    private static final List<Pattern> SECRET_VALUES = List.of(
            Pattern.compile("\\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\\b"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{30,}\\b"),
            Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{40,}\\b"),
            Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{10,}\\b"),
            Pattern.compile("\\bsk-[A-Za-z0-9_-]{20,}\\b"),
            Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b"),
            Pattern.compile("\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\b"),
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----.*"));

    private SecretMasker() {
    }

    public static String mask(String line) {
        String masked = line;
        for (Pattern value : SECRET_VALUES) {
            masked = value.matcher(masked).replaceAll(MASK);
        }
        Matcher key = SECRET_KEY.matcher(masked);
        if (key.find() && !key.group(2).strip().equals(MASK)) {
            masked = masked.substring(0, key.start(2)) + MASK + masked.substring(key.end(2));
        }
        return masked;
    }
}
