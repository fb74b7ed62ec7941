package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Text;
import java.util.List;
import java.util.Map;

/**
 * A JSON or YAML value that remembers where it was written. Jackson's own trees forget positions,
 * and editors need them in every message, so both formats are read into this small tree.
 */
public sealed interface Node {

    SourcePosition at();

    /** What an editor would call this kind of value, for "expected a text, found a list" messages. */
    Text kindName();

    /** A mapping; {@code keys} keeps each key's own position for "unknown key" messages. */
    record MapNode(SourcePosition at, Map<String, Node> values, Map<String, SourcePosition> keys) implements Node {
        public MapNode {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
            keys = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keys));
        }

        @Override
        public Text kindName() {
            return Text.of("term.kind.object");
        }
    }

    record ListNode(SourcePosition at, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public Text kindName() {
            return Text.of("term.kind.list");
        }
    }

    /** A text, number, boolean or null; {@code value} is a String, Long, Double, Boolean or null. */
    record ScalarNode(SourcePosition at, Object value) implements Node {
        /** Whether the value is null, e.g. {@code data-through: null}. */
        public boolean isNull() {
            return value == null;
        }

        @Override
        public Text kindName() {
            if (value == null) {
                return Text.of("term.kind.null");
            }
            if (value instanceof String) {
                return Text.of("term.kind.text");
            }
            if (value instanceof Boolean) {
                return Text.of("term.kind.boolean");
            }
            return Text.of("term.kind.number");
        }
    }
}
