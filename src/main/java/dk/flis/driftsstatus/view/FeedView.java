package dk.flis.driftsstatus.view;

import java.util.List;

/**
 * The Atom feed: one entry per month, newest first. Links are absolute when {@code site.json} has a
 * {@code baseUrl}, else relative to {@code feed.xml} (the site root); ids are the absolute page
 * address, or a name-based {@code urn:uuid:} that never changes when there is no address.
 */
public record FeedView(
        String title, String id, String selfHref, String siteHref, String updated, String author, List<Entry> entries) {
    public FeedView {
        entries = List.copyOf(entries);
    }

    /**
     * One month: title, id, link, RFC 3339 time, and its changes: "Ændringer siden 10/9" ("" for the
     * first report) and one sentence per changed area (empty when nothing changed).
     */
    public record Entry(
            String title, String id, String href, String updated, String changesHeading, List<String> changes) {
        public Entry {
            changes = List.copyOf(changes);
        }
    }
}
