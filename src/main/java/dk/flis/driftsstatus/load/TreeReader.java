package dk.flis.driftsstatus.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.markdown.ControlCharacters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON or YAML text into a {@link Node} tree through Jackson's streaming parser, which knows
 * the line and column of every token in both formats. Syntax errors become diagnostics.
 */
public final class TreeReader {
    private static final int MAX_DEPTH = 64;
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private final String file;
    private final int lineOffset;
    private final Diagnostics diagnostics;

    private TreeReader(String file, int lineOffset, Diagnostics diagnostics) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.diagnostics = diagnostics;
    }

    /** Reads a whole JSON file; empty on a syntax error, which is reported. */
    public static Optional<Node> readJson(String file, String text, Diagnostics diagnostics) {
        return new TreeReader(file, 0, diagnostics).read(JSON, text, "json");
    }

    /** Reads YAML that starts {@code lineOffset} lines into its file (front matter after its "---"). */
    public static Optional<Node> readYaml(String file, String text, int lineOffset, Diagnostics diagnostics) {
        return new TreeReader(file, lineOffset, diagnostics).read(YAML, text, "yaml");
    }

    /** Reads {@code text}; {@code format} ("json" or "yaml") is the first part of the diagnostic codes. */
    private Optional<Node> read(JsonFactory factory, String text, String format) {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                diagnostics.error(new SourcePosition(file, 1 + lineOffset, 1), format + "-empty");
                return Optional.empty();
            }
            Node node = readValue(parser);
            if (parser.nextToken() != null) {
                diagnostics.error(position(parser.currentTokenLocation()), format + "-trailing-text");
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (JsonProcessingException e) {
            SourcePosition stopped = position(e.getLocation());
            Optional<YamlSlips.Slip> slip =
                    format.equals("yaml") ? YamlSlips.find(file, text, lineOffset, stopped) : Optional.empty();
            if (slip.isPresent()) {
                diagnostics.error(
                        slip.get().at(), slip.get().message(), slip.get().hint());
            } else {
                diagnostics.error(stopped, format + "-syntax", firstLine(e.getOriginalMessage()));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // SnakeYAML and Jackson may throw unchecked exceptions on exotic input; never let them escape.
            diagnostics.error(
                    new SourcePosition(file, 1 + lineOffset, 1),
                    Text.of(format + "-syntax.message.unreadable", firstLine(String.valueOf(e.getMessage()))),
                    Text.of(format + "-syntax.hint"));
            return Optional.empty();
        }
    }

    private Node readValue(JsonParser parser) throws IOException {
        SourcePosition at = position(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Node> values = new LinkedHashMap<>();
                Map<String, SourcePosition> keys = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    SourcePosition keyAt = position(parser.currentTokenLocation());
                    String key = withoutControlCharacters(parser.currentName(), keyAt);
                    parser.nextToken();
                    Node value = readValue(parser);
                    if (keys.containsKey(key)) {
                        SourcePosition first = keys.get(key);
                        if (sameScalar(values.get(key), value)) {
                            // An exact repeat loses nothing: worth tidying, not worth stopping the build.
                            diagnostics.warning(keyAt, "duplicate-key-same-value", key, first.line());
                        } else {
                            diagnostics.error(keyAt, "duplicate-key", key, first.line());
                        }
                        continue;
                    }
                    values.put(key, value);
                    keys.put(key, keyAt);
                }
                return new Node.MapNode(at, values, keys);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser));
                }
                return new Node.ListNode(at, items);
            }
            case VALUE_STRING -> {
                return new Node.ScalarNode(at, withoutControlCharacters(parser.getText(), at));
            }
            case VALUE_NUMBER_INT -> {
                return new Node.ScalarNode(
                        at,
                        parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                                ? parser.getText()
                                : parser.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node.ScalarNode(at, parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node.ScalarNode(at, parser.getBooleanValue());
            }
            case VALUE_NULL -> {
                return new Node.ScalarNode(at, null);
            }
            default -> {
                // YAML anchors/aliases resolve to values above; anything else (embedded objects) is not ours.
                return new Node.ScalarNode(at, parser.getText());
            }
        }
    }

    /**
     * A control character that survived the file check was written as an escape ({@code \u0001},
     * {@code \x01}): reported at the text that holds it.
     */
    private String withoutControlCharacters(String text, SourcePosition at) {
        int index = ControlCharacters.indexOfForbidden(text);
        if (index >= 0) {
            diagnostics.error(at, "control-character", ControlCharacters.hex(text.charAt(index)));
        }
        return text;
    }

    private static boolean sameScalar(Node first, Node second) {
        return first instanceof Node.ScalarNode a
                && second instanceof Node.ScalarNode b
                && java.util.Objects.equals(a.value(), b.value());
    }

    private SourcePosition position(JsonLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return new SourcePosition(file, 1 + lineOffset, 0);
        }
        return new SourcePosition(file, location.getLineNr() + lineOffset, Math.max(1, location.getColumnNr()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String line = message.strip().lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
