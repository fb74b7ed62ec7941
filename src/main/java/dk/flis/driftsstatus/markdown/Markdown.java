package dk.flis.driftsstatus.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dk.flis.driftsstatus.diagnostic.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses editors' Markdown and renders it to safe HTML. Parser and renderer are immutable and shared
 * by all threads; raw HTML is escaped, never passed through, the result is cut to an allow-list
 * ({@link SafeHtml}), and refused links and images are reported as {@link MarkdownProblem}s.
 */
public final class Markdown {
    private static final Markdown INSTANCE = new Markdown();

    /** Marks the headings that start sections, so that one rendering of a report can be split at them. */
    static final String SECTION_MARK = "data-driftsstatus-section";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlRenderer sectionRenderer;

    private Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        options.set(HtmlRenderer.INDENT_SIZE, 0);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
        sectionRenderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return (node, part, attributes) -> {
                            if (node instanceof Heading h && h.getLevel() == 2 && h.getParent() instanceof Document) {
                                attributes.addValue(SECTION_MARK, "");
                            }
                        };
                    }
                })
                .build();
    }

    /** The one parser and renderer, shared by all threads. */
    public static Markdown instance() {
        return INSTANCE;
    }

    /** Renders a whole Markdown text to safe HTML, with the links and images it refuses. */
    public Rendered render(String markdown) {
        try {
            Document document = parser.parse(markdown);
            return new Rendered(SafeHtml.clean(renderer.render(document)).strip(), problems(markdown, document));
        } catch (StackOverflowError e) {
            return new Rendered("", List.of(tooDeep(markdown)));
        }
    }

    /**
     * Splits a report body at its level-2 headings. Lines are 1-based within {@code body}; the text
     * before the first heading is the preface.
     */
    public Sections sections(String body) {
        try {
            return split(body);
        } catch (StackOverflowError e) {
            return new Sections("", "", List.of(), List.of(tooDeep(body)));
        }
    }

    /**
     * flexmark parses and renders nested quotes and lists recursively, so thousands of levels
     * overflow the stack. No limit found before parsing covers every construct; catching the
     * overflow does, and the parser and renderer keep no state between calls.
     */
    private static MarkdownProblem tooDeep(String text) {
        List<String> lines = text.lines().toList();
        int deepest = 0;
        int depth = -1;
        for (int i = 0; i < lines.size(); i++) {
            int markers = lines.get(i).length()
                    - lines.get(i).replaceFirst("^[>\\-*+\\s\\[]+", "").length();
            if (markers > depth) {
                depth = markers;
                deepest = i;
            }
        }
        return new MarkdownProblem(
                deepest + 1, 1, Text.of("nested-too-deeply.message"), Text.of("nested-too-deeply.hint"));
    }

    /**
     * The whole body is parsed, rendered and cleaned once, then split at its level-2 headings: a
     * parser, renderer or cleaner set up per section cost seconds for thousands of headings.
     */
    private Sections split(String body) {
        Document document = parser.parse(body);
        LineIndex lines = new LineIndex(body);
        List<Node> preface = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        List<List<Node>> bodies = new ArrayList<>();
        List<Node> current = preface;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() == 2) {
                headings.add(h);
                current = new ArrayList<>();
                bodies.add(current);
            } else {
                current.add(node);
            }
        }
        List<SafeHtml.Part> html =
                SafeHtml.cleanParts(sectionRenderer.render(document), "<h2 " + SECTION_MARK, "</h2>");
        if (html.size() != headings.size() + 1) {
            throw new IllegalStateException("rendered " + html.size() + " parts for " + headings.size() + " headings");
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            int textOffset = heading.getText().getStartOffset();
            int lineStart = body.lastIndexOf('\n', textOffset - 1) + 1;
            sections.add(new Section(
                    heading.getText().toString().strip(),
                    lines.line(heading.getStartOffset()),
                    textOffset - lineStart + 1,
                    markdownOf(body, bodies.get(i)),
                    html.get(i + 1).html(),
                    html.get(i + 1).oneLine()));
        }
        return new Sections(html.get(0).html(), markdownOf(body, preface), sections, problems(body, document));
    }

    /** Refused links and images, and entities that stand for control characters. */
    private static List<MarkdownProblem> problems(String text, Document document) {
        List<MarkdownProblem> problems = new ArrayList<>(LinkCheck.problems(text, List.of(document)));
        problems.addAll(ControlCharacters.entityProblems(text));
        return problems;
    }

    private static String markdownOf(String body, List<Node> nodes) {
        if (nodes.isEmpty()) {
            return "";
        }
        return body.substring(
                        nodes.get(0).getStartOffset(),
                        nodes.get(nodes.size() - 1).getEndOffset())
                .strip();
    }

    /** A report body: preface and one section per level-2 heading, in order, and what it refuses. */
    public record Sections(
            String prefaceHtml, String prefaceMarkdown, List<Section> sections, List<MarkdownProblem> problems) {
        public Sections {
            sections = List.copyOf(sections);
            problems = List.copyOf(problems);
        }
    }

    /** A whole text rendered to safe HTML, and what it refuses. */
    public record Rendered(String html, List<MarkdownProblem> problems) {
        public Rendered {
            problems = List.copyOf(problems);
        }
    }

    /**
     * One "## heading" and the Markdown under it, rendered to safe HTML and to one line of plain
     * text; line and column point at the heading text.
     */
    public record Section(String heading, int line, int column, String markdown, String html, String plainText) {}
}
