package dk.flis.driftsstatus.markdown;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The last guard on rendered notes and pages: whatever the Markdown renderer produced is cut down
 * to a small allow-list of tags, attributes and link schemes, and links to other hosts get
 * {@code rel="noopener noreferrer"}. Raw HTML is already escaped by the renderer; this catches
 * anything that slips past it.
 */
final class SafeHtml {
    // Relative links must survive cleaning; jsoup resolves them against a base only to judge them.
    private static final String JUDGING_BASE = "https://driftsstatus.invalid/";
    private static final Safelist ALLOWED = new Safelist()
            .addTags(
                    "p",
                    "br",
                    "hr",
                    "strong",
                    "em",
                    "del",
                    "code",
                    "pre",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "a")
            .addAttributes("a", "href", "title")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(true);

    private static final Evaluator LINKS = QueryParser.parse("a[href]"); // parsed once, not per note

    private SafeHtml() {}

    static String clean(String html) {
        return html.isBlank() ? "" : clean(Jsoup.parseBodyFragment(html, JUDGING_BASE));
    }

    /**
     * Cleans each part of rendered HTML: the part before the first element that starts with
     * {@code markedTag} (e.g. {@code <h2 data-x=""}), then the part after each such element, which
     * is left out. Returns one more part than there are marked elements. Raw HTML is escaped by the
     * Markdown renderer, so the marked tag can only be one it wrote.
     */
    static List<Part> cleanParts(String html, String markedTag, String closingTag) {
        List<Part> parts = new ArrayList<>();
        int from = 0;
        for (int mark = html.indexOf(markedTag); mark >= 0; mark = html.indexOf(markedTag, from)) {
            parts.add(part(html.substring(from, mark)));
            int close = html.indexOf(closingTag, mark);
            from = close < 0 ? html.length() : close + closingTag.length();
        }
        parts.add(part(html.substring(from)));
        return parts;
    }

    /** A cleaned part: its HTML, and its text on one line as {@link PlainText#oneLine} reads that HTML. */
    record Part(String html, String oneLine) {}

    private static Part part(String html) {
        if (html.isBlank()) {
            return new Part("", "");
        }
        // The text is taken from the cleaned document itself: parsing the cleaned HTML again for it
        // was a second jsoup parse of every note.
        Element body = cleaned(Jsoup.parseBodyFragment(html, JUDGING_BASE));
        return new Part(body.html().strip(), body.text());
    }

    private static String clean(Document dirty) {
        return cleaned(dirty).html().strip();
    }

    private static Element cleaned(Document dirty) {
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        for (Element link : clean.select(LINKS)) {
            if (LinkTarget.isExternal(link.attr("href"))) {
                link.attr("rel", "noopener noreferrer");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body();
    }
}
