package dk.flis.driftsstatus.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.WeakHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A rendered note as readable plain text, for the email's text part: paragraphs apart by a blank
 * line, list items as "- " (or "1. ") indented by level, quotes as "> ", line breaks kept, and a
 * link's address after its text when the two differ ("driftsinfo (https://…)").
 */
public final class PlainText {
    /**
     * Texts already made, by their HTML, for as long as that HTML is in use: {@code serve} builds
     * every month's views at each save, and a note's HTML (kept with its parsed report) is the same
     * string each time. The text depends only on the HTML.
     */
    private static final Map<String, String> MADE = Collections.synchronizedMap(new WeakHashMap<>());

    private PlainText() {}

    /**
     * How many letters the text of {@code markdown} has once rendered ({@link Markdown.Section#plainText}),
     * when the Markdown alone says so, without rendering it; empty when it does not. Markdown without
     * links, images, references ({@code [ ]}), entities ({@code &}), HTML or autolinks ({@code <}),
     * escapes ({@code \}) and code fences or spans ({@code ` ~}) keeps every letter it has and adds
     * none: what the remaining syntax drops (emphasis, heading, list, quote and break markers, list
     * numbers) is never a letter. {@code PlainTextTest} holds this against the renderer.
     */
    public static OptionalInt lettersWhenRendered(String markdown) {
        for (int i = 0; i < markdown.length(); i++) {
            switch (markdown.charAt(i)) {
                case '[', ']', '&', '<', '\\', '`', '~' -> {
                    return OptionalInt.empty();
                }
                default -> {}
            }
        }
        return OptionalInt.of(letters(markdown));
    }

    /** The number of letters in {@code text} (code points for which {@link Character#isLetter(int)} holds). */
    public static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }

    /** The text of {@code html} as one line, as a summary or an accessible label shows it. */
    public static String oneLine(String html) {
        return Jsoup.parse(html).text();
    }

    /** The plain text of {@code html}, one of the allow-listed fragments notes render to. */
    public static String of(String html) {
        String made = MADE.get(html);
        if (made == null) {
            made = make(html);
            MADE.put(html, made);
        }
        return made;
    }

    private static String make(String html) {
        List<String> blocks = new ArrayList<>();
        blocks(Jsoup.parseBodyFragment(html).body(), "", blocks);
        return String.join("\n\n", blocks);
    }

    private static void blocks(Element parent, String indent, List<String> out) {
        StringBuilder loose = new StringBuilder();
        for (Node child : parent.childNodes()) {
            if (child instanceof Element element && isBlock(element)) {
                flush(loose, indent, out);
                block(element, indent, out);
            } else {
                inline(child, loose);
            }
        }
        flush(loose, indent, out);
    }

    private static void block(Element element, String indent, List<String> out) {
        switch (element.normalName()) {
            case "ul", "ol" -> {
                List<String> items = new ArrayList<>();
                int number = 1;
                for (Element item : element.children()) {
                    String marker = element.normalName().equals("ol") ? number++ + ". " : "- ";
                    List<String> parts = new ArrayList<>();
                    blocks(item, "", parts);
                    String text = String.join("\n", parts).replace("\n", "\n" + " ".repeat(marker.length()));
                    items.add(indent + marker + text);
                }
                out.add(String.join("\n", items));
            }
            case "blockquote" -> {
                List<String> parts = new ArrayList<>();
                blocks(element, "", parts);
                out.add(indent + "> " + String.join("\n\n", parts).replace("\n", "\n" + indent + "> "));
            }
            case "pre" -> out.add(indent + element.wholeText().strip().replace("\n", "\n" + indent));
            default -> blocks(element, indent, out);
        }
    }

    private static void inline(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(text.text());
        } else if (node instanceof Element element) {
            if (element.normalName().equals("br")) {
                out.append('\n');
                return;
            }
            StringBuilder inner = new StringBuilder();
            element.childNodes().forEach(child -> inline(child, inner));
            out.append(inner);
            String href = element.normalName().equals("a") ? element.attr("href") : "";
            if (!href.isEmpty()
                    && !href.equals(inner.toString().strip())
                    && !href.equals("mailto:" + inner.toString().strip())) {
                out.append(" (").append(href).append(')');
            }
        }
    }

    private static void flush(StringBuilder loose, String indent, List<String> out) {
        String text = loose.toString()
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll(" ?\n ?", "\n")
                .strip();
        if (!text.isEmpty()) {
            out.add(indent + text.replace("\n", "\n" + indent));
        }
        loose.setLength(0);
    }

    private static boolean isBlock(Element element) {
        return switch (element.normalName()) {
            case "p", "ul", "ol", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "div", "hr" -> true;
            default -> false;
        };
    }
}
