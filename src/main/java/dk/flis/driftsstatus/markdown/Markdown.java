package dk.flis.driftsstatus.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses editors' Markdown and renders it to HTML. Parser and renderer are immutable and shared by
 * all threads; raw HTML in notes is escaped, never passed through.
 */
public final class Markdown {
    private static final Markdown INSTANCE = new Markdown();

    private final Parser parser;
    private final HtmlRenderer renderer;

    private Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        options.set(HtmlRenderer.INDENT_SIZE, 0);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    public static Markdown instance() {
        return INSTANCE;
    }

    /** Renders a whole Markdown text, e.g. a free page. */
    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown)).strip();
    }

    /**
     * Splits a report body at its level-2 headings. Lines are 1-based within {@code body}; the text
     * before the first heading is the preface.
     */
    public Sections sections(String body) {
        Document document = parser.parse(body);
        List<Node> preface = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        Heading heading = null;
        List<Node> current = preface;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() == 2) {
                if (heading != null) {
                    sections.add(section(body, heading, current));
                }
                heading = h;
                current = new ArrayList<>();
            } else {
                current.add(node);
            }
        }
        if (heading != null) {
            sections.add(section(body, heading, current));
        }
        return new Sections(render(preface), markdownOf(body, preface), sections);
    }

    private Section section(String body, Heading heading, List<Node> nodes) {
        int textOffset = heading.getText().getStartOffset();
        int lineStart = body.lastIndexOf('\n', textOffset - 1) + 1;
        return new Section(heading.getText().toString().strip(), heading.getStartLineNumber() + 1,
                textOffset - lineStart + 1, markdownOf(body, nodes), render(nodes));
    }

    private static String markdownOf(String body, List<Node> nodes) {
        if (nodes.isEmpty()) {
            return "";
        }
        return body.substring(nodes.get(0).getStartOffset(), nodes.get(nodes.size() - 1).getEndOffset()).strip();
    }

    private String render(List<Node> nodes) {
        StringBuilder html = new StringBuilder();
        for (Node node : nodes) {
            html.append(renderer.render(node));
        }
        return html.toString().strip();
    }

    /** A report body: preface and one section per level-2 heading, in order. */
    public record Sections(String prefaceHtml, String prefaceMarkdown, List<Section> sections) {
        public Sections {
            sections = List.copyOf(sections);
        }
    }

    /** One "## heading" and the Markdown under it; line and column point at the heading text. */
    public record Section(String heading, int line, int column, String markdown, String html) {
    }
}
