package io.oversight.deployment.read;

import io.oversight.deployment.SecretMasker;
import io.oversight.deployment.SourceMap;
import io.oversight.deployment.model.IamDeny;
import io.oversight.deployment.model.ImportedRight;
import io.oversight.deployment.model.PermissionSource;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an AWS IAM identity policy into the rights it grants. An Allow statement grants each of
 * its actions, or with {@code NotAction} every action but those, on its resources; Deny
 * statements then subtract where they surely apply ({@link IamDenies}). Conditions are kept as
 * text and shown, never evaluated. The policy is checked as strictly as the deployment: a
 * misspelt {@code "Actions"} must not make a policy look as if it granted nothing.
 */
final class IamPolicyReader {

    private static final List<String> VERSIONS = List.of("2012-10-17", "2008-10-17");
    private static final List<String> EFFECTS = List.of("Allow", "Deny");
    /** {@code *}, or service:Action where the action may hold wildcards; AWS allows nothing else. */
    /** "*", or service:Name; a name may hold a dash inside it (vpc-lattice:AssociateViaAWSService-EventsAndStates, in AWS's own table). */
    private static final Pattern ACTION = Pattern.compile("\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?]+(?:-[A-Za-z0-9*?]+)*");

    /** A statement as read; {@code actions} are NotAction's when {@code notAction}, likewise resources. */
    private record Statement(String origin, boolean allow, boolean notAction, List<Fields.Text> actions, String actionKeyPath,
                             boolean notResource, List<Fields.Text> resources, String resourceKeyPath, List<String> conditions) {
    }

    private final String file;
    private final Problems problems;

    IamPolicyReader(ImportedFiles.Loaded policy) {
        this.file = policy.name();
        this.problems = policy.problems();
    }

    /** The rights of the policy in {@code root}; null when it is malformed (the problems are reported). */
    PermissionSource read(YNode root, String written) {
        Fields document = document(root);
        if (document == null) {
            return null;
        }
        String version = document.string("Version");
        if (version != null && !VERSIONS.contains(version)) {
            problems.add(document.position("Version"), "'Version' must be 2012-10-17 (or the older 2008-10-17), but is '" + SecretMasker.maskQuoted(version) + "'");
        }
        List<Statement> statements = new ArrayList<>();
        for (Fields item : statementFields(document)) {
            Statement statement = statement(item);
            if (statement != null) {
                statements.add(statement);
            }
        }
        List<ImportedRight> allowed = new ArrayList<>();
        List<IamDeny> denies = new ArrayList<>();
        for (Statement s : statements) {
            if (s.allow()) {
                allowed.addAll(rights(s));
            } else {
                denies.add(new IamDeny(s.origin(), s.notAction(), values(s.actions()), s.notResource(), values(s.resources()),
                        !s.conditions().isEmpty()));
            }
        }
        IamDenies.Result result = IamDenies.apply(allowed, denies);
        return new PermissionSource(PermissionSource.AWS_IAM_POLICY, written, file, result.rights(), result.denied(), denies);
    }

    /** The policy document, also when it is wrapped as {@code aws iam get-policy-version} prints it. */
    private Fields document(YNode root) {
        if (root instanceof YMap map && map.entry("PolicyVersion") != null) {
            Fields output = Fields.of(root, "", "the policy file", ImportShapes.POLICY_VERSION_OUTPUT, problems);
            Fields version = output == null ? null : output.object("PolicyVersion", ImportShapes.POLICY_VERSION);
            if (version != null && Boolean.FALSE.equals(version.bool("IsDefaultVersion"))) {
                // AWS applies only the default version: this one says nothing of what the identity can do.
                problems.add(version.position("IsDefaultVersion"), "this policy version is not the default version, and AWS applies only the "
                        + "default one; import the output of aws iam get-policy-version for the default version (or the policy's document)");
                return null;
            }
            YNode document = version == null ? null : version.node("Document");
            return document == null ? null : Fields.of(document, "/PolicyVersion/Document", "the policy document", ImportShapes.POLICY, problems);
        }
        return Fields.of(root, "", "the policy document", ImportShapes.POLICY, problems);
    }

    /** {@code Statement} is a list of statements, or one statement on its own. */
    private List<Fields> statementFields(Fields document) {
        YNode node = document.node("Statement");
        if (node instanceof YMap) {
            Fields single = document.object("Statement", ImportShapes.STATEMENT);
            return single == null ? List.of() : List.of(single);
        }
        if (node instanceof YList list && list.items().isEmpty()) {
            problems.add(node.position(), "'Statement' is empty: a policy grants nothing without statements");
            return List.of();
        }
        if (node != null && !(node instanceof YList)) {
            problems.add(node.position(), "'Statement' must be a statement or a list of statements, but is " + node.kind());
            return List.of();
        }
        return document.objects("Statement", ImportShapes.STATEMENT, "statement");
    }

    private Statement statement(Fields s) {
        String effect = s.word("Effect", EFFECTS);
        for (String key : List.of("Principal", "NotPrincipal")) {
            if (s.has(key)) {
                problems.add(s.position(key), "'" + key + "' belongs in resource-based policies (bucket and trust policies); "
                        + "an identity policy applies to whoever holds it and names no principal");
            }
        }
        String actionKey = oneOf(s, "Action", "NotAction");
        String resourceKey = oneOf(s, "Resource", "NotResource");
        List<Fields.Text> actions = actionKey == null ? List.of() : actions(s, actionKey);
        List<Fields.Text> resources = resourceKey == null ? List.of() : resources(s, resourceKey);
        List<String> conditions = conditions(s.node("Condition"));
        if (effect == null || actionKey == null || resourceKey == null) {
            return null;
        }
        String sid = s.string("Sid");
        String origin = "statement " + (index(s.path()) + 1) + (sid == null || sid.isBlank() ? "" : " \"" + sid + "\"")
                + " (" + effect + ", line " + s.position().line() + ")";
        return new Statement(origin, effect.equals("Allow"), actionKey.equals("NotAction"), actions, s.path(actionKey),
                resourceKey.equals("NotResource"), resources, s.path(resourceKey), conditions);
    }

    private static int index(String statementPath) {
        String last = statementPath.substring(statementPath.lastIndexOf('/') + 1);
        return last.chars().allMatch(Character::isDigit) ? Integer.parseInt(last) : 0;
    }

    /** Exactly one of the pair, as AWS requires; the key present, or null (reported). */
    private String oneOf(Fields s, String key, String notKey) {
        boolean plain = s.has(key);
        boolean not = s.has(notKey);
        if (plain && not) {
            problems.add(s.position(notKey), "a statement has '" + key + "' or '" + notKey + "', not both");
            return null;
        }
        if (!plain && !not) {
            problems.add(s.position(), "the statement lacks '" + key + "' (or '" + notKey + "')");
            return null;
        }
        return plain ? key : notKey;
    }

    private List<Fields.Text> actions(Fields s, String key) {
        List<Fields.Text> actions = s.textOrTexts(key, "\"ec2:Describe*\"");
        nonEmpty(s, key, actions);
        for (Fields.Text action : actions) {
            if (!ACTION.matcher(action.value()).matches()) {
                problems.add(action.position(), "'" + action.value() + "' is not an IAM action: write service:Action, such as "
                        + "ec2:TerminateInstances or s3:Get*, or \"*\" for every action");
            }
        }
        return actions.stream().filter(a -> ACTION.matcher(a.value()).matches()).toList();
    }

    private List<Fields.Text> resources(Fields s, String key) {
        List<Fields.Text> resources = s.textOrTexts(key, "\"arn:aws:s3:::reports/*\"");
        nonEmpty(s, key, resources);
        for (Fields.Text resource : resources) {
            if (resource.value().isBlank()) {
                problems.add(resource.position(), "an empty resource: write an ARN pattern, or \"*\" for every resource");
            } else if (!acceptedByIam(resource.value())) {
                // IAM refuses such a document, so no account holds it; read as a pattern, it had matched ARNs by accident.
                problems.add(resource.position(), "'" + resource.value() + "' is not a resource IAM accepts: write an ARN pattern "
                        + "(arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, such as arn:aws:s3:::reports/*), or \"*\""
                        + (key.equals("NotResource") ? "" : " for every resource"));
            }
        }
        return resources.stream().filter(r -> acceptedByIam(r.value())).toList();
    }

    /** Whether IAM takes {@code resource} in a policy: {@code *} or an ARN pattern. */
    private static boolean acceptedByIam(String resource) {
        return resource.equals("*") || resource.startsWith("arn:");
    }

    private void nonEmpty(Fields s, String key, List<Fields.Text> texts) {
        if (texts.isEmpty() && s.node(key) instanceof YList) {
            problems.add(s.position(key), "'" + key + "' is empty: name at least one");
        }
    }

    /**
     * Condition keys whose values are secrets by their use, whatever they look like: AWS documents a
     * secret Referer or User-Agent header that only CloudFront sends as the way to admit it alone.
     */
    private static final Set<String> SHARED_SECRET_KEYS = Set.of("aws:referer", "aws:useragent");

    /** Each operator, key and value as one line of text: {@code StringEquals aws:RequestedRegion = eu-west-1}. */
    private List<String> conditions(YNode node) {
        if (node == null) {
            return List.of();
        }
        String shape = "'Condition' must map operators to keys and values, such as {\"Bool\": {\"aws:MultiFactorAuthPresent\": \"true\"}}";
        if (!(node instanceof YMap operators)) {
            problems.add(node.position(), shape + ", but is " + node.kind());
            return List.of();
        }
        List<String> conditions = new ArrayList<>();
        for (YEntry operator : operators.entries().values()) {
            if (!(operator.value() instanceof YMap keys)) {
                problems.add(operator.value().position(), shape + ", but '" + operator.key() + "' holds " + operator.value().kind());
                continue;
            }
            for (YEntry key : keys.entries().values()) {
                String values = conditionValues(key.value());
                if (values == null) {
                    problems.add(key.value().position(), "the value of condition key '" + key.key() + "' must be a text, number, "
                            + "true or false, or a list of them, but is " + key.value().kind());
                } else {
                    conditions.add(operator.key() + " " + key.key() + " = " + (SHARED_SECRET_KEYS.contains(key.key().toLowerCase(Locale.ROOT))
                            ? SecretMasker.MASK : values));
                }
            }
        }
        return conditions;
    }

    private static String conditionValues(YNode value) {
        if (value instanceof YScalar s && !s.isNull()) {
            return s.text();
        }
        if (value instanceof YList list) {
            List<String> texts = new ArrayList<>();
            for (YNode item : list.items()) {
                if (!(item instanceof YScalar s) || s.isNull()) {
                    return null;
                }
                texts.add(s.text());
            }
            return "[" + String.join(", ", texts) + "]";
        }
        return null;
    }

    /** The rights an Allow statement grants, each located at its action (or at NotAction). */
    private List<ImportedRight> rights(Statement s) {
        List<ImportedRight.Resource> resources = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (s.notResource()) {
            resources.add(new ImportedRight.Resource("*", SourceMap.pathIn(file, s.resourceKeyPath()), values(s.resources())));
            notes.add("on every resource except " + String.join(", ", values(s.resources())));
        } else {
            for (Fields.Text resource : s.resources()) {
                resources.add(new ImportedRight.Resource(resource.value(), SourceMap.pathIn(file, resource.path())));
            }
        }
        if (s.notAction()) {
            return List.of(new ImportedRight("*", values(s.actions()), resources, s.conditions(), notes,
                    SourceMap.pathIn(file, s.actionKeyPath()), s.origin()));
        }
        List<ImportedRight> rights = new ArrayList<>(s.actions().size());
        for (Fields.Text action : s.actions()) {
            rights.add(new ImportedRight(action.value(), List.of(), resources, s.conditions(), notes, SourceMap.pathIn(file, action.path()),
                    s.origin()));
        }
        return rights;
    }

    private static List<String> values(List<Fields.Text> texts) {
        return texts.stream().map(Fields.Text::value).toList();
    }
}
