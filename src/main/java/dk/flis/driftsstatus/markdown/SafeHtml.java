package dk.flis.driftsstatus.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

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
            .addTags("p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h3", "h4", "h5", "h6", "a")
            .addAttributes("a", "href", "title")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto")
            .preserveRelativeLinks(true);

    private SafeHtml() {
    }

    static String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, JUDGING_BASE);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        for (Element link : clean.select("a[href]")) {
            if (LinkTarget.isExternal(link.attr("href"))) {
                link.attr("rel", "noopener noreferrer");
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
