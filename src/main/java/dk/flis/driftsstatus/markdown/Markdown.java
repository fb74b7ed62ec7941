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
            return new Sections(null, "", List.of(), List.of(tooDeep(body)));
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
     * The whole body is parsed once and split at its level-2 headings; its HTML is rendered and cleaned
     * once, for all sections, when a page first asks for it ({@link SectionHtml}): a parser, renderer
     * or cleaner set up per section cost seconds for thousands of headings, and {@code check} never
     * needs the HTML. A body nested deeper than {@link #EAGER_DEPTH} is rendered here at once, where
     * an overflow of the renderer's recursion is caught and reported like the parser's.
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
        List<MarkdownProblem> problems = problems(body, document);
        SectionHtml html = new SectionHtml(sectionRenderer, document, headings.size());
        if (depth(document) > EAGER_DEPTH) {
            html.part(0);
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
                    html,
                    i + 1));
        }
        // Only nodes render to HTML: a body with no nodes before its first heading has no preface.
        SectionHtml prefaceHtml = preface.isEmpty() ? null : html;
        return new Sections(prefaceHtml, markdownOf(body, preface), sections, problems);
    }

    /**
     * Bodies nested deeper than this are rendered while they are split. Rendering recurses once per
     * level of nesting; notes nest a few levels, and a few dozen are far from any thread's stack limit.
     */
    static final int EAGER_DEPTH = 64;

    /** How deeply the document's nodes nest (its children are at depth 1), found without recursion. */
    static int depth(Document document) {
        int deepest = 0;
        int depth = 1;
        Node node = document.getFirstChild();
        while (node != null) {
            deepest = Math.max(deepest, depth);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
            } else {
                while (node != document && node.getNext() == null) {
                    node = node.getParent();
                    depth--;
                }
                node = node == document ? null : node.getNext();
            }
        }
        return deepest;
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

    /**
     * A report body: preface and one section per level-2 heading, in order, and what it refuses. The
     * HTML is rendered when first asked for.
     */
    public static final class Sections {
        private final SectionHtml prefaceHtml;
        private final String prefaceMarkdown;
        private final List<Section> sections;
        private final List<MarkdownProblem> problems;

        Sections(
                SectionHtml prefaceHtml,
                String prefaceMarkdown,
                List<Section> sections,
                List<MarkdownProblem> problems) {
            this.prefaceHtml = prefaceHtml;
            this.prefaceMarkdown = prefaceMarkdown;
            this.sections = List.copyOf(sections);
            this.problems = List.copyOf(problems);
        }

        /** The preface rendered to safe HTML; empty when there is none. */
        public String prefaceHtml() {
            return prefaceHtml == null ? "" : prefaceHtml.part(0).html();
        }

        /** The preface's Markdown as written, stripped. */
        public String prefaceMarkdown() {
            return prefaceMarkdown;
        }

        /** The sections in order. */
        public List<Section> sections() {
            return sections;
        }

        /** The links, images and entities the body refuses. */
        public List<MarkdownProblem> problems() {
            return problems;
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
     * text when first asked for; line and column point at the heading text.
     */
    public static final class Section {
        private final String heading;
        private final int line;
        private final int column;
        private final String markdown;
        private final SectionHtml html;
        private final int part;

        Section(String heading, int line, int column, String markdown, SectionHtml html, int part) {
            this.heading = heading;
            this.line = line;
            this.column = column;
            this.markdown = markdown;
            this.html = html;
            this.part = part;
        }

        /** The heading's text, stripped. */
        public String heading() {
            return heading;
        }

        /** The heading's line, 1-based within the body. */
        public int line() {
            return line;
        }

        /** The column of the heading's text, 1-based. */
        public int column() {
            return column;
        }

        /** The Markdown under the heading as written, stripped. */
        public String markdown() {
            return markdown;
        }

        /** The Markdown under the heading rendered to safe HTML. */
        public String html() {
            return html.part(part).html();
        }

        /** The same HTML's text on one line. */
        public String plainText() {
            return html.part(part).oneLine();
        }
    }
}
