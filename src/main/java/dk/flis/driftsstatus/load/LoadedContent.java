package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.model.Registry;
import dk.flis.driftsstatus.model.SiteConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files as read, before cross-checking; a part is empty when its file had errors.
 * {@code statusColourAt} says where site.json writes each status's colour, for the palette check.
 */
public record LoadedContent(
        ContentFolder folder,
        Optional<SiteConfig> site,
        Optional<Registry> registry,
        List<ReportSource> reports,
        List<PageSource> pages,
        Map<String, SourcePosition> statusColourAt) {

    public LoadedContent {
        reports = List.copyOf(reports);
        pages = List.copyOf(pages);
        statusColourAt = Map.copyOf(statusColourAt);
    }

    /** Content whose colours' positions are not known (warnings then point at site.json as a whole). */
    public LoadedContent(
            ContentFolder folder,
            Optional<SiteConfig> site,
            Optional<Registry> registry,
            List<ReportSource> reports,
            List<PageSource> pages) {
        this(folder, site, registry, reports, pages, Map.of());
    }
}
