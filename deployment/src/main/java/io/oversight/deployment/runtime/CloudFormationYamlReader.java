package io.oversight.deployment.runtime;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.oversight.deployment.InvalidInputException;
import io.oversight.deployment.Position;
import io.oversight.deployment.Problem;
import io.oversight.deployment.InputLimits;
import io.oversight.deployment.yaml.YEntry;
import io.oversight.deployment.yaml.YList;
import io.oversight.deployment.yaml.YMap;
import io.oversight.deployment.yaml.YNode;
import io.oversight.deployment.yaml.YScalar;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a CloudFormation template written in YAML. The deployment reader refuses every YAML tag;
 * CloudFormation's short forms of its intrinsic functions are tags ({@code !Ref Role},
 * {@code !GetAtt Role.Arn}, {@code !Sub ...}), so this reader accepts those, and only those, and
 * turns each into the long form CloudFormation itself expands it to: {@code {Ref: Role}},
 * {@code {Fn::GetAtt: [Role, Arn]}}. No tag constructs anything. Anchors and aliases are refused,
 * which also rules out alias bombs.
 */
final class CloudFormationYamlReader {

    /** The intrinsic functions and condition functions that have a short form. */
    private static final Set<String> FUNCTIONS = Set.of("Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs", "ImportValue", "Join", "Select",
            "Split", "Sub", "Transform", "And", "Equals", "If", "Not", "Or", "Length", "ToJsonString");

    private final InputLimits limits;
    private final YAMLFactory factory;

    CloudFormationYamlReader(InputLimits limits) {
        this.limits = limits;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        options.setAllowDuplicateKeys(true); // reported below, with both lines
        this.factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth() + 2).build())
                .build();
    }

    YNode read(String file, String text) throws InvalidInputException {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidInputException(new Problem(file, Position.START, "the file is empty: expected a CloudFormation template"));
            }
            YNode root = new Session(file, (YAMLParser) parser).node(first);
            if (parser.nextToken() != null) {
                throw new InvalidInputException(new Problem(file, position(parser.currentTokenLocation()),
                        "the file holds more than one YAML document; a CloudFormation template is one"));
            }
            return root;
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage() == null ? "malformed" : e.getOriginalMessage().strip().lines().findFirst().orElse("");
            throw new InvalidInputException(new Problem(file, position(e.getLocation()), "not valid YAML: " + message));
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports some malformed input as unchecked exceptions; the file is still the cause.
            throw new InvalidInputException(new Problem(file, Position.START, "not valid YAML: "
                    + String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("")));
        }
    }

    private static Position position(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? Position.START
                : new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private final class Session {
        private final String file;
        private final YAMLParser parser;
        private int depth;

        Session(String file, YAMLParser parser) {
            this.file = file;
            this.parser = parser;
        }

        YNode node(JsonToken token) throws IOException, InvalidInputException {
            Position at = position(parser.currentTokenLocation());
            if (parser.isCurrentAlias() || parser.getObjectId() != null) {
                throw fail(at, "anchors and aliases are not read in CloudFormation templates; write the value out");
            }
            String tag = parser.getTypeId();
            YNode node = switch (token) {
                case START_OBJECT -> mapping(at);
                case START_ARRAY -> sequence(at);
                default -> scalar(token, at);
            };
            return tag == null ? node : intrinsic(tag, node, at);
        }

        /** The long form of {@code !tag node}. */
        private YNode intrinsic(String tag, YNode node, Position at) throws InvalidInputException {
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
                throw fail(at, "the tag '!" + tag + "' is not a CloudFormation function; templates allow only the short forms such as "
                        + "!Ref, !GetAtt, !Sub and !Join");
            }
            Map<String, YEntry> entries = new LinkedHashMap<>();
            entries.put(key, new YEntry(key, at, argument));
            return new YMap(at, entries);
        }

        private YMap mapping(Position at) throws IOException, InvalidInputException {
            enter(at);
            Map<String, YEntry> entries = new LinkedHashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
                if (token != JsonToken.FIELD_NAME) {
                    throw fail(position(parser.currentTokenLocation()), "expected a key");
                }
                String key = parser.currentName();
                Position keyAt = position(parser.currentTokenLocation());
                YNode value = node(parser.nextToken());
                YEntry previous = entries.get(key);
                if (previous != null) {
                    throw fail(keyAt, "duplicate key '" + key + "' (first written at line " + previous.keyPosition().line() + ")");
                }
                entries.put(key, new YEntry(key, keyAt, value));
            }
            depth--;
            return new YMap(at, entries);
        }

        private YList sequence(Position at) throws IOException, InvalidInputException {
            enter(at);
            List<YNode> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                items.add(node(token));
            }
            depth--;
            return new YList(at, items);
        }

        private YScalar scalar(JsonToken token, Position at) throws IOException {
            return switch (token) {
                case VALUE_NUMBER_INT -> new YScalar(at, YScalar.Type.INTEGER, parser.getNumberValue().toString());
                case VALUE_NUMBER_FLOAT -> new YScalar(at, YScalar.Type.FLOAT, parser.getText());
                case VALUE_TRUE, VALUE_FALSE -> new YScalar(at, YScalar.Type.BOOLEAN, parser.getText());
                case VALUE_NULL -> new YScalar(at, YScalar.Type.NULL, "");
                default -> new YScalar(at, YScalar.Type.STRING, parser.getText());
            };
        }

        private void enter(Position at) throws InvalidInputException {
            if (++depth > limits.maxDepth()) {
                throw fail(at, "the document nests more than " + limits.maxDepth() + " levels deep");
            }
        }

        private InvalidInputException fail(Position at, String message) {
            return new InvalidInputException(new Problem(file, at, message));
        }
    }
}
