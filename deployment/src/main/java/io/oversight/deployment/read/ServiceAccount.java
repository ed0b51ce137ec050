package io.oversight.deployment.read;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kubernetes service account named by an agent's {@code identity.principal}. Two spellings are
 * accepted: the user name Kubernetes authenticates it as, {@code system:serviceaccount:NS:NAME},
 * and the short {@code NS/NAME} that kubectl and most tools print.
 */
record ServiceAccount(String namespace, String name) {

    static final String FORMS = "system:serviceaccount:NAMESPACE:NAME or NAMESPACE/NAME";

    private static final String PREFIX = "system:serviceaccount:";
    /** A DNS label (namespaces) or subdomain (service account names), as Kubernetes validates them. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");

    static Optional<ServiceAccount> parse(String principal) {
        String rest;
        char separator;
        if (principal.startsWith(PREFIX)) {
            rest = principal.substring(PREFIX.length());
            separator = ':';
        } else {
            rest = principal;
            separator = '/';
        }
        int at = rest.indexOf(separator);
        if (at < 0 || rest.indexOf(separator, at + 1) >= 0) {
            return Optional.empty();
        }
        String namespace = rest.substring(0, at);
        String name = rest.substring(at + 1);
        return NAME.matcher(namespace).matches() && NAME.matcher(name).matches()
                ? Optional.of(new ServiceAccount(namespace, name)) : Optional.empty();
    }

    /** The user name the API server gives the account's requests. */
    String userName() {
        return PREFIX + namespace + ":" + name;
    }

    /** The groups Kubernetes puts every service account of this namespace in; bindings to them reach this account too. */
    boolean isMemberOf(String group) {
        return group.equals("system:serviceaccounts") || group.equals("system:serviceaccounts:" + namespace)
                || group.equals("system:authenticated");
    }

    @Override
    public String toString() {
        return namespace + "/" + name;
    }
}
