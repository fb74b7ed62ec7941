package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.model.Page;
import dk.flis.driftsstatus.model.Registry;
import dk.flis.driftsstatus.model.SiteConfig;
import java.util.List;
import java.util.Optional;

/** The files as read, before cross-checking; a part is empty when its file had errors. */
public record LoadedContent(
        ContentFolder folder,
        Optional<SiteConfig> site,
        Optional<Registry> registry,
        List<ReportSource> reports,
        List<Page> pages) {

    public LoadedContent {
        reports = List.copyOf(reports);
        pages = List.copyOf(pages);
    }
}
