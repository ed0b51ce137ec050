package io.oversight.catalog.action;

/**
 * A provider action or a pattern of them, {@code service:Name}, compared part by part: a wildcard
 * stands for characters within its part and never for the colon after the service, since no
 * service name holds one. So {@code acm:Describe*} does not meet {@code *:Delete*}, though as one
 * string a trailing star could have spelt {@code acm:DescribeX:DeleteY}. The name may hold colons
 * of its own: an imported Kubernetes right on a subresource is {@code kubernetes:create:pods/exec}.
 * Case is ignored, as AWS ignores it. {@code *} alone is every action of every service.
 */
public final class ActionPattern {

    private final String text;
    private final Glob service;
    private final Glob name;

    private ActionPattern(String text, Glob service, Glob name) {
        this.text = text;
        this.service = service;
        this.name = name;
    }

    public static ActionPattern of(String action) {
        int colon = action.indexOf(':');
        if (colon < 0) {
            Glob whole = Glob.ignoringCase(action);
            return new ActionPattern(action, action.equals("*") ? whole : Glob.ignoringCase(""), whole);
        }
        // kubernetes:*:* is every Kubernetes action, as ActionClassifier.isWildcard reads it, also those written without a resource.
        String name = ActionClassifier.isWildcard(action) ? "*" : action.substring(colon + 1);
        return new ActionPattern(action, Glob.ignoringCase(action.substring(0, colon)), Glob.ignoringCase(name));
    }

    public String text() {
        return text;
    }

    /** The service part. */
    public Glob service() {
        return service;
    }

    /** Whether the text holds no wildcard: it is one action. */
    public boolean isConcrete() {
        return service.isLiteral() && name.isLiteral();
    }

    /** Whether some action of {@code serviceName} could match. */
    public boolean matchesService(String serviceName) {
        return service.matches(serviceName);
    }

    /** Whether the concrete {@code action}, {@code service:Name}, matches this pattern. */
    public boolean matches(String action) {
        int colon = action.indexOf(':');
        return colon > 0 && service.matches(action.substring(0, colon)) && name.matches(action.substring(colon + 1));
    }

    /** Whether some action matches both patterns. */
    public boolean intersects(ActionPattern other) {
        return service.intersects(other.service) && name.intersects(other.name);
    }

    /** Whether every action matching {@code other} matches this pattern too. */
    public boolean covers(ActionPattern other) {
        return service.covers(other.service) && name.covers(other.name);
    }

    /**
     * The actions matching both patterns, as a pattern, when each part of one covers that of the
     * other ({@code s3:Put*} and {@code *:Put*Policy} meet in {@code s3:Put*Policy}); empty when
     * the overlap cannot be written so, or there is none.
     */
    public java.util.Optional<ActionPattern> meet(ActionPattern other) {
        Glob s = narrower(service, other.service);
        Glob n = narrower(name, other.name);
        return s == null || n == null ? java.util.Optional.empty()
                : java.util.Optional.of(new ActionPattern(s.text() + ":" + n.text(), s, n));
    }

    private static Glob narrower(Glob a, Glob b) {
        return a.covers(b) ? b : b.covers(a) ? a : null;
    }

    @Override
    public String toString() {
        return text;
    }
}
