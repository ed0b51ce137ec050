package io.oversight.deployment.yaml;

import io.oversight.deployment.Position;

/**
 * A dialect of YAML whose tags mean something, read by {@link YamlTreeReader#readTagged}: the
 * deployment format refuses every tag, CloudFormation templates write their intrinsic functions as
 * tags. No tag constructs anything: the dialect only rewrites the tree it stands on.
 */
public interface YamlTags {

    /** What the file should be, for messages about it: "a CloudFormation template". */
    String document();

    /** The node {@code !tag node} stands for; null when the dialect has no such tag. */
    YNode expand(String tag, YNode node, Position at);

    /** Why {@code tag}, which the dialect does not have, is refused. */
    String refused(String tag);

    /** Why the dialect refuses anchors and aliases, or null when they are read within the alias limit. */
    String anchorsRefused();
}
