package io.oversight.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a key's name names a secret by its words, however they are joined: {@code password_prod},
 * {@code db_password_ro}, {@code DbPasswordProd}, {@code apiKeyProd}, {@code PASSWORD-PROD},
 * {@code pgpass}. The masker's own expressions know names that end in a secret's word
 * ({@code db_password}) and capital names ({@code DB_PASSWORD_PROD}); a qualifier after the word,
 * in lower or camel case, had let the value through ({@code password_prod: hunter2}).
 *
 * <p>A name whose last word says it is a setting about a secret, not the secret, keeps its value:
 * where it is kept ({@code password_file}, {@code secret_name}, {@code bearer_token_env_var}), a
 * measure ({@code token_ttl_days}, {@code max_tokens}) or a switch ({@code password_auth_enabled}).
 */
final class SecretNames {

    /** Words that make a name a secret's wherever they stand. */
    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "passphrase", "passcode", "secret", "token", "apikey",
            "privatekey", "accesskey", "secretkey", "creds", "jwt", "passwort", "kennwort", "motdepasse", "contrasena", "wachtwoord");

    /**
     * Words that make a name of several words a secret's as its last word only: {@code db_pass}, {@code admin_pwd}, not
     * {@code pass_through}, nor {@code pass} alone ("pass: 2 of 3 reviewers").
     */
    private static final Set<String> LAST_WORDS = Set.of("pass", "pwd", "pw", "passe");

    /** What a {@code key} word that follows one of these is: {@code api_key}, {@code tenantKey}, {@code deploy-key}. */
    private static final Set<String> KEY_KINDS = Set.of("api", "private", "access", "secret", "auth", "app", "application", "master", "signing",
            "encryption", "subscription", "license", "tenant", "account", "storage", "shared", "client", "service", "webhook", "admin", "root",
            "ssh", "deploy", "sas", "hmac");

    /**
     * What an {@code auth} after it makes a credential: {@code REDIS_AUTH} is Redis's password,
     * {@code BASIC_AUTH} a user and password; {@code SMTP_AUTH} and {@code SASL_AUTH} name a method.
     */
    private static final Set<String> AUTH_KINDS = Set.of("basic", "redis", "http", "proxy", "npm", "registry", "digest");

    /** Glued names that end in {@code pass} and are no password's: {@code bypass}, {@code compass}. */
    private static final Set<String> NOT_PASS = Set.of("by", "com", "sur", "en", "over", "under", "tres", "im");

    /** Last words of a setting about a secret, not the secret. */
    private static final Set<String> SETTING_WORDS = Set.of("file", "files", "path", "dir", "folder", "length", "len", "ttl", "timeout",
            "seconds", "minutes", "hours", "days", "count", "size", "limit", "limits", "enabled", "disabled", "enable", "mode", "type", "kind",
            "name", "names", "policy", "rotation", "expiry", "expires", "age", "url", "uri", "endpoint", "env", "var", "variable", "ref",
            "hint", "header", "id", "ids", "arn", "version", "budget", "max", "min", "format", "source", "provider", "store", "manager",
            "location", "scope", "scopes", "audience", "issuer", "prefix", "field", "required", "algorithm", "strength", "command", "helper",
            "set", "exists", "present", "rate", "usage", "cost", "reset", "lifetime", "validity", "units", "revocation", "scanning",
            "detection", "fingerprint", "title", "prevention", "complexity", "history", "expiration", "duration", "interval", "period",
            "audit", "check", "checks", "rules", "requirements", "schedule", "lambda", "function", "role", "account", "group", "bucket");

    private SecretNames() {
    }

    /** The words that end a setting's name; a flag whose qualifier is one of them ({@code --token-limit}) names no secret either. */
    static Set<String> settingWords() {
        return SETTING_WORDS;
    }

    /**
     * Whether {@code value}, written under a name known by its words alone, holds nothing to hide: a switch ({@code enabled},
     * {@code true}), a variable's name ({@code ${GITHUB_TOKEN}}) or a path from the home or the project folder
     * ({@code ~/.ssh/id_ed25519}). The evidence a report must show, which masked had also read as a credential written in the
     * file. A number of two digits or more may be a password, and base64 may start with '/': both stay masked.
     */
    static boolean plainSetting(String value) {
        String v = unquoted(value);
        return SWITCHES.contains(v.toLowerCase(Locale.ROOT)) || variable(value) || v.startsWith("~/") || v.startsWith("./");
    }

    /** Whether {@code value}, quoted or not, is a variable's name ({@code ${DB_PASSWORD}}): where the secret is, not the secret. */
    static boolean variable(String value) {
        String v = unquoted(value);
        return v.startsWith("${") && v.indexOf('}') == v.length() - 1;
    }

    private static String unquoted(String value) {
        String v = value.strip();
        return v.length() > 1 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0) ? v.substring(1, v.length() - 1) : v;
    }

    private static final Set<String> SWITCHES = Set.of("true", "false", "yes", "no", "on", "off", "enabled", "disabled", "null", "none",
            "strict", "required", "optional", "0", "1");

    /** Whether {@code name}, a key as written, names a secret by its words. */
    static boolean secret(String name) {
        // Most names asked are no secret's (every ':' of an ARN in a fleet's texts asks): one look for a secret's letters first.
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.contains("pass") || lower.contains("pw") || lower.contains("secret") || lower.contains("token") || lower.contains("key")
                || lower.contains("creds") || lower.contains("jwt") || lower.contains("wort") || lower.contains("auth") || lower.contains("contrase")
                || lower.contains("wachtwoord"))) {
            return false;
        }
        List<String> words = words(name);
        if (words.isEmpty() || SETTING_WORDS.contains(words.get(words.size() - 1))) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean last = i == words.size() - 1;
            if (SECRET_WORDS.contains(word) || last && i > 0 && LAST_WORDS.contains(word) || word.equals("key") && i > 0 && KEY_KINDS.contains(words.get(i - 1))
                    || glued(word) || last && i > 0 && word.equals("auth") && AUTH_KINDS.contains(words.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The secret's words that make one glued to another a secret's too. */
    private static final List<String> GLUED_ENDS = List.of("password", "passwd", "secret", "token");

    /** A word with a secret's word glued to its end: {@code pgpassword}, {@code dbpass}, {@code clientsecret}, {@code apikey}. */
    private static boolean glued(String word) {
        for (String end : GLUED_ENDS) {
            if (word.length() > end.length() && word.endsWith(end)) {
                return true;
            }
        }
        if (word.endsWith("pass") && word.length() <= 7 && word.length() > 4) {
            return !NOT_PASS.contains(word.substring(0, word.length() - 4));
        }
        return word.length() > 3 && word.endsWith("key") && KEY_KINDS.contains(word.substring(0, word.length() - 3));
    }

    /** The words of {@code name} in lower case: split at '_', '-', '.' and where the case changes ({@code DBPasswordProd}: db, password, prod). */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            boolean end = i == name.length();
            char c = end ? 0 : name.charAt(i);
            boolean separator = end || c == '_' || c == '-' || c == '.';
            boolean camel = !separator && i > start && Character.isUpperCase(c)
                    && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1))
                    || i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)) && Character.isUpperCase(name.charAt(i - 1)));
            if (separator || camel) {
                if (i > start) {
                    words.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = separator ? i + 1 : i;
            }
        }
        return words;
    }
}
