package io.oversight.deployment.runtime;

import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.InputLimits;
import io.oversight.deployment.yaml.MergeKeys;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import io.oversight.deployment.yaml.YamlTreeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the {@code AWS::Bedrock::Agent} resources of a CloudFormation template, in JSON or YAML.
 * Each function of an action group's {@code FunctionSchema} becomes a rule: ASK when its
 * {@code RequireConfirmation} is ENABLED (Bedrock asks the user before invoking it), ALLOW
 * otherwise. Each operation of an OpenAPI {@code ApiSchema} written in the template
 * ({@code Payload}) becomes a rule named by its operationId, and by its method when that says what
 * it does (DELETE, PUT, PATCH): ASK when its {@code x-requireConfirmation} is ENABLED. A schema kept
 * elsewhere ({@code S3}), not readable as OpenAPI, or with operations behind a {@code $ref} adds one
 * ALLOW rule for every tool: nothing in the template says what the group can do. A DISABLED group,
 * DENY; one whose state the deployment decides ({@code !If}, a parameter) only when every value it
 * can take is DISABLED, as a confirmation is ENABLED only when every value is.
 * {@code AgentResourceRoleArn} is the identity, and {@code AgentCollaborators} the delegates.
 */
final class BedrockAgentReader implements RuntimeReader {

    private static final String TYPE = "AWS::Bedrock::Agent";

    /** The words of {@code RequireConfirmation} and {@code ActionGroupState}. */
    private static final String ENABLED = "ENABLED";
    private static final String DISABLED = "DISABLED";

    private final YamlTreeReader json;
    private final CloudFormationYamlReader yaml;

    BedrockAgentReader(InputLimits limits) {
        this.json = new YamlTreeReader(limits);
        this.yaml = new CloudFormationYamlReader(limits);
    }

    @Override
    public List<RuntimeConfiguration> read(String file, String text) throws InvalidInputException {
        Reading reading = new Reading(file);
        boolean json = text.stripLeading().startsWith("{");
        YNode parsed = Reading.parsed(json ? "JSON" : "YAML", RuntimeKind.BEDROCK_AGENT,
                () -> json ? this.json.read(file, text, true, RuntimeKind.BEDROCK_AGENT.description()) : yaml.read(file, text));
        YMap template = reading.map(parsed, "a CloudFormation template");
        reading.finish();
        YMap resources = reading.map(template, "Resources");
        if (resources == null) {
            reading.problem(template.position(), "the template has no 'Resources'" + Lookalike.of(template, RuntimeKind.BEDROCK_AGENT));
            reading.finish();
        }
        List<RuntimeConfiguration> agents = new ArrayList<>();
        for (YEntry resource : resources.entries().values()) {
            YMap body = reading.map(resource.value(), "resource '" + resource.key() + "'");
            if (body != null && body.get("Type") instanceof YScalar type && type.text().equals(TYPE)) {
                YMap properties = reading.map(body, "Properties");
                if (properties == null) {
                    reading.problem(body.position(), "the " + TYPE + " '" + resource.key() + "' has no 'Properties'");
                } else {
                    agents.add(agent(reading, file, resources, template.get("Parameters") instanceof YMap p ? p : null, resource, properties));
                }
            }
        }
        if (agents.isEmpty()) {
            reading.problem(resources.position(), "the template defines no " + TYPE);
        }
        reading.finish();
        return agents;
    }

    private RuntimeConfiguration agent(Reading reading, String file, YMap resources, YMap parameters, YEntry resource, YMap properties) {
        List<RuntimeRule> rules = new ArrayList<>();
        for (YMap group : eitherBranch(reading, properties, "ActionGroups", "action group")) {
            actionGroup(reading, file, group, parameters, rules);
        }
        List<Delegate> delegates = new ArrayList<>();
        for (YMap collaborator : reading.maps(properties, "AgentCollaborators", "collaborator")) {
            Located<String> name = reading.text(collaborator, "CollaboratorName");
            YMap descriptor = reading.map(collaborator, "AgentDescriptor");
            YNode alias = descriptor == null ? null : descriptor.get("AliasArn");
            if (name == null || alias == null) {
                reading.problem(collaborator.position(), "a collaborator needs 'CollaboratorName' and 'AgentDescriptor' with its 'AliasArn'");
            } else {
                delegates.add(new Delegate(name.value(), collaborator(resources, alias), name.position()));
            }
        }
        YNode role = properties.get("AgentResourceRoleArn");
        RuntimeIdentity identity = role == null ? null : new RuntimeIdentity(RuntimeIdentity.Kind.IAM_ROLE, written(role), false, role.position());
        if (role == null) {
            reading.problem(properties.position(), "the agent '" + resource.key() + "' has no 'AgentResourceRoleArn'; Bedrock requires the role it acts as");
        }
        return new RuntimeConfiguration(RuntimeKind.BEDROCK_AGENT, file, resource.key(), resource.keyPosition(), rules, null, null, null,
                List.of(), List.of(), List.of(), delegates, identity, List.of());
    }

    private void actionGroup(Reading reading, String file, YMap group, YMap parameters, List<RuntimeRule> rules) {
        Located<String> name = reading.text(group, "ActionGroupName");
        if (name == null) {
            reading.problem(group.position(), "the action group has no 'ActionGroupName'");
            return;
        }
        YNode stateWritten = group.get("ActionGroupState");
        Located<String> state = stateWritten instanceof YMap intrinsic ? decided(reading, intrinsic, parameters, "ActionGroupState", DISABLED)
                : reading.text(group, "ActionGroupState");
        if (state != null && state.value().equals(DISABLED)) {
            rules.add(new RuntimeRule(name.value(), "", Decision.DENY, state.position()));
            return;
        }
        YMap api = reading.map(group, "ApiSchema");
        if (api != null) {
            apiOperations(file, name.value(), api, rules);
            return;
        }
        YMap schema = reading.map(group, "FunctionSchema");
        if (schema == null) {
            Located<String> signature = reading.text(group, "ParentActionGroupSignature");
            Position at = signature != null ? signature.position() : name.position();
            rules.add(new RuntimeRule(signature != null ? signature.value() : name.value(), "", Decision.ALLOW, at));
            return;
        }
        for (YMap function : eitherBranch(reading, schema, "Functions", "function")) {
            Located<String> functionName = reading.text(function, "Name");
            if (functionName == null) {
                if (function.get("Name") == null) { // a Name of another shape (!Sub ...) is refused where it stands, by text()
                    reading.problem(function.position(), "the function has no 'Name'");
                }
                continue;
            }
            YNode written = function.get("RequireConfirmation");
            Located<String> confirmation = written instanceof YMap intrinsic ? decided(reading, intrinsic, parameters, "RequireConfirmation", ENABLED)
                    : reading.text(function, "RequireConfirmation");
            if (confirmation != null && !confirmation.value().equals(ENABLED) && !confirmation.value().equals(DISABLED)) {
                reading.problem(confirmation.position(), "'RequireConfirmation' must be ENABLED or DISABLED");
            }
            boolean confirmed = confirmation != null && confirmation.value().equals(ENABLED);
            rules.add(new RuntimeRule(name.value(), functionName.value(), confirmed ? Decision.ASK : Decision.ALLOW,
                    confirmation != null && (confirmed || written instanceof YMap) ? confirmation.position() : functionName.position()));
        }
    }

    /**
     * The mappings of the list under {@code key}, where the list or an item of it may be an
     * {@code Fn::If}: the items of both values, as either may be deployed, less an
     * {@code AWS::NoValue}, which leaves the list or the item out.
     */
    private static List<YMap> eitherBranch(Reading reading, YMap parent, String key, String item) {
        YNode node = parent.get(key);
        if (node == null) {
            return List.of();
        }
        List<YMap> maps = new ArrayList<>();
        for (YNode written : branches(node)) {
            if (written instanceof YScalar scalar && scalar.isNull()) {
                continue;
            }
            if (!(written instanceof YList list)) {
                reading.problem(written.position(), "'" + key + "' must be a list of " + item + "s, but is " + written.kind());
                continue;
            }
            for (YNode each : list.items()) {
                for (YNode one : branches(each)) {
                    YMap map = reading.map(one, "each " + item);
                    if (map != null) {
                        maps.add(map);
                    }
                }
            }
        }
        return maps;
    }

    /** The values {@code node} may take when deployed: both of an {@code Fn::If} (nested ones too), none for {@code AWS::NoValue}, else itself. */
    private static List<YNode> branches(YNode node) {
        if (node instanceof YMap function && function.size() == 1) {
            if (function.get("Fn::If") instanceof YList choice && choice.items().size() == 3) {
                List<YNode> both = new ArrayList<>(branches(choice.items().get(1)));
                both.addAll(branches(choice.items().get(2)));
                return both;
            }
            if (function.get("Ref") instanceof YScalar name && name.text().equals("AWS::NoValue")) {
                return List.of();
            }
        }
        return List.of(node);
    }

    /**
     * The value of {@code key}, ENABLED or DISABLED, that the template decides when it is deployed,
     * cited at the function: {@code safe} (a confirmation ENABLED, a group DISABLED) only when every
     * value it can take is ({@link #always}), else the other word, which the deployment may choose.
     */
    private static Located<String> decided(Reading reading, YMap intrinsic, YMap parameters, String key, String safe) {
        Boolean always = always(reading, intrinsic, parameters, key, safe);
        return always == null ? null : new Located<>(always ? safe : safe.equals(ENABLED) ? DISABLED : ENABLED, intrinsic.position());
    }

    /**
     * Whether {@code value} of {@code key} is {@code word} whatever the deployment chooses: a word; an
     * {@code Fn::If} both of whose values are (nested ones too); a {@code Ref} to a parameter whose
     * {@code AllowedValues} are {@code word} alone. Any other function ({@code AWS::NoValue}, a
     * parameter a deployment may set otherwise) may leave it otherwise. Null, reported, for a
     * misspelt word or an {@code Fn::If} that is not a condition and two values.
     */
    private static Boolean always(Reading reading, YNode value, YMap parameters, String key, String word) {
        if (value instanceof YScalar written) {
            if (!written.text().equals(ENABLED) && !written.text().equals(DISABLED)) {
                reading.problem(written.position(), "each value of the Fn::If of '" + key + "' must be ENABLED or DISABLED");
                return null;
            }
            return written.text().equals(word);
        }
        if (!(value instanceof YMap function)) {
            return false;
        }
        YNode condition = function.get("Fn::If");
        if (condition != null) {
            if (!(condition instanceof YList branches) || branches.items().size() != 3) {
                reading.problem(condition.position(), "Fn::If takes a condition and two values");
                return null;
            }
            Boolean first = always(reading, branches.items().get(1), parameters, key, word);
            Boolean second = always(reading, branches.items().get(2), parameters, key, word);
            return first == null || second == null ? null : first && second;
        }
        if (function.get("Ref") instanceof YScalar name && parameters != null && parameters.get(name.text()) instanceof YMap parameter
                && parameter.get("AllowedValues") instanceof YList allowed && !allowed.items().isEmpty()) {
            return allowed.items().stream().allMatch(v -> v instanceof YScalar s && s.text().equals(word));
        }
        return false;
    }

    /** The rules of an action group's OpenAPI operations, each located at the schema written in the template. */
    private void apiOperations(String file, String group, YMap api, List<RuntimeRule> rules) {
        YNode payload = api.get("Payload");
        Position at = payload != null ? payload.position() : api.position();
        YMap paths = null;
        // An Fn::Sub's template is the schema with its ${...} left in; one that stands for a method hides an operation (below).
        YNode sub = payload instanceof YMap function && function.size() == 1 ? function.get("Fn::Sub") : null;
        YNode schema = sub == null ? payload : sub instanceof YList withValues && !withValues.items().isEmpty() ? withValues.items().get(0) : sub;
        if (schema instanceof YScalar text && text.type() == YScalar.Type.STRING) {
            try {
                // A merge key is read as a schema Oversight cannot see whole: every tool, as an unreadable one.
                YNode document = MergeKeys.refused(json.read(file, text.text(), text.text().stripLeading().startsWith("{")), file, "an OpenAPI schema");
                paths = document instanceof YMap root && root.get("paths") instanceof YMap p ? p : null;
            } catch (InvalidInputException e) {
                paths = null;
            }
        }
        List<RuntimeRule> operations = new ArrayList<>();
        // A reference ($ref) or a path item of another shape hides operations Oversight cannot see: the group may do anything.
        boolean whole = paths != null;
        if (paths != null) {
            for (YEntry path : paths.entries().values()) {
                if (!(path.value() instanceof YMap methods) || methods.get("$ref") != null) {
                    whole = false;
                    continue;
                }
                for (YEntry method : methods.entries().values()) {
                    if (!HTTP_METHODS.contains(method.key())) {
                        whole &= !method.key().contains("${");
                        continue;
                    }
                    if (method.value() instanceof YMap operation && operation.get("$ref") == null) {
                        operations.add(new RuntimeRule(group, operation(method.key(), path.key(), operation),
                                ENABLED.equals(scalar(operation.get("x-requireConfirmation"))) ? Decision.ASK : Decision.ALLOW, at));
                    } else {
                        whole = false;
                    }
                }
            }
        }
        rules.addAll(operations);
        if (!whole || operations.isEmpty()) {
            rules.add(new RuntimeRule("*", "", Decision.ALLOW, at));
        }
    }

    private static final List<String> HTTP_METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    /** How a rule names an operation: its operationId (else its path), with the method when the method says what it does. */
    private static String operation(String method, String path, YMap operation) {
        String id = scalar(operation.get("operationId"));
        String named = id != null ? id : path;
        return switch (method) {
            case "delete", "put", "patch" -> method.toUpperCase(java.util.Locale.ROOT) + " " + named;
            default -> named;
        };
    }

    private static String scalar(YNode node) {
        return node instanceof YScalar s && !s.isNull() ? s.text() : null;
    }

    /**
     * The template's agent a collaborator's alias ARN points at, by its logical ID, when the template
     * defines both: {@code !GetAtt Alias.AgentAliasArn} (or {@code !Ref Alias}) of an
     * {@code AWS::Bedrock::AgentAlias} whose {@code AgentId} is {@code !GetAtt Agent.AgentId} (or
     * {@code !Ref Agent}). Otherwise the ARN as written.
     */
    private static String collaborator(YMap resources, YNode alias) {
        String written = written(alias);
        YMap aliasResource = resource(resources, referenced(written), "AWS::Bedrock::AgentAlias");
        YNode agentId = aliasResource != null && aliasResource.get("Properties") instanceof YMap p ? p.get("AgentId") : null;
        String agent = agentId == null ? null : referenced(written(agentId));
        return resource(resources, agent, TYPE) != null ? agent : written;
    }

    /** The logical ID an intrinsic names ({@code !Ref X}, {@code !GetAtt X.Attribute}); null for anything else. */
    private static String referenced(String written) {
        if (written.startsWith("!Ref ")) {
            return written.substring(5);
        }
        if (written.startsWith("!GetAtt ") && written.indexOf('.') > 0) {
            return written.substring(8, written.indexOf('.'));
        }
        return null;
    }

    /** The body of the resource {@code id} when it is of {@code type}; else null. */
    private static YMap resource(YMap resources, String id, String type) {
        return id != null && resources.get(id) instanceof YMap body && body.get("Type") instanceof YScalar t && t.text().equals(type) ? body : null;
    }

    /** A value as written: a text, a list, or an intrinsic function in its short form ({@code !GetAtt AgentRole.Arn}). */
    static String written(YNode node) {
        if (node instanceof YScalar s) {
            return s.text();
        }
        if (node instanceof YList list) {
            return "[" + list.items().stream().map(BedrockAgentReader::written).collect(Collectors.joining(", ")) + "]";
        }
        if (node instanceof YMap map && map.size() == 1 && (map.entry(0).key().startsWith("Fn::") || map.entry(0).key().equals("Ref")
                || map.entry(0).key().equals("Condition"))) {
            YEntry function = map.entry(0);
            String name = function.key().startsWith("Fn::") ? function.key().substring(4) : function.key();
            if (name.equals("GetAtt") && function.value() instanceof YList list) {
                return "!GetAtt " + list.items().stream().map(BedrockAgentReader::written).collect(Collectors.joining("."));
            }
            return "!" + name + " " + written(function.value());
        }
        return node.describe();
    }
}
