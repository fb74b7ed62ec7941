package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * Splits a Markdown file into its YAML front matter (between two "---" lines at the top) and body,
 * remembering on which line each starts so positions point into the whole file.
 */
public record FrontMatter(Node yaml, String body, int bodyLineOffset) {

    /**
     * The front matter and body of {@code text}; empty (reported) when the front matter is missing,
     * unclosed, empty or not YAML.
     */
    public static Optional<FrontMatter> split(String file, String text, Diagnostics diagnostics) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            diagnostics.error(new SourcePosition(file, 1, 1), "front-matter-missing");
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            diagnostics.error(new SourcePosition(file, 1, 1), "front-matter-unclosed");
            return Optional.empty();
        }
        String yaml = String.join("\n", lines.subList(1, close));
        String body = String.join("\n", lines.subList(close + 1, lines.size()));
        if (yaml.isBlank()) {
            diagnostics.error(new SourcePosition(file, 2, 1), "front-matter-empty");
            return Optional.empty();
        }
        int bodyLineOffset = close + 1;
        return TreeReader.readYaml(file, yaml, 1, diagnostics).map(node -> new FrontMatter(node, body, bodyLineOffset));
    }
}
