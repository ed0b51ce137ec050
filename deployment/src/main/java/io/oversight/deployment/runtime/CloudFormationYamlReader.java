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
import io.oversight.deployment.yaml.YamlTags;
import io.oversight.deployment.yaml.YamlTreeReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CloudFormation template written in YAML. The deployment reader refuses every YAML tag;
 * CloudFormation's short forms of its intrinsic functions are tags ({@code !Ref Role},
 * {@code !GetAtt Role.Arn}, {@code !Sub ...}), so this dialect accepts those, and only those, and
 * turns each into the long form CloudFormation itself expands it to: {@code {Ref: Role}},
 * {@code {Fn::GetAtt: [Role, Arn]}}. No tag constructs anything. Anchors and aliases are refused.
 * The tree is built by the shared {@link YamlTreeReader}, under the deployment's limits.
 */
final class CloudFormationYamlReader implements YamlTags {

    /** The intrinsic functions and condition functions that have a short form. */
    private static final Set<String> FUNCTIONS = Set.of("Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs", "ImportValue", "Join", "Select",
            "Split", "Sub", "Transform", "And", "Equals", "If", "Not", "Or", "Length", "ToJsonString");

    private final YamlTreeReader yaml;

    CloudFormationYamlReader(InputLimits limits) {
        this.yaml = new YamlTreeReader(limits);
    }

    YNode read(String file, String text) throws InvalidInputException {
        // CloudFormation reads YAML 1.1 without its aliases and hash merges (its template formats page).
        return MergeKeys.refused(yaml.readTagged(file, text, this), file, document());
    }

    @Override
    public String document() {
        return "a CloudFormation template";
    }

    @Override
    public String anchorsRefused() {
        return "anchors and aliases are not read in CloudFormation templates; write the value out";
    }

    @Override
    public String refused(String tag) {
        return (YamlTreeReader.quotableTag(tag) ? "the tag '!" + tag + "'" : "a tag") + " is not a CloudFormation function; templates allow"
                + " only the short forms such as !Ref, !GetAtt, !Sub "
                + "and !Join";
    }

    /** The long form of {@code !tag node}, or null when {@code tag} is no CloudFormation function. */
    @Override
    public YNode expand(String tag, YNode node, Position at) {
        String key;
        YNode argument = node;
        if (tag.equals("Ref") || tag.equals("Condition")) {
            key = tag;
        } else if (FUNCTIONS.contains(tag)) {
            key = "Fn::" + tag;
            if (tag.equals("GetAtt") && node instanceof YScalar s && s.text().indexOf('.') > 0) {
                int dot = s.text().indexOf('.');
                argument = new YList(at, List.of(new YScalar(s.position(), YScalar.Type.STRING, s.text().substring(0, dot)),
                        new YScalar(s.position(), YScalar.Type.STRING, s.text().substring(dot + 1))));
            }
        } else {
            return null;
        }
        Map<String, YEntry> entries = new LinkedHashMap<>();
        entries.put(key, new YEntry(key, at, argument));
        return new YMap(at, entries);
    }
}
