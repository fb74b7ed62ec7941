package dk.flis.driftsstatus.view;

import dk.flis.driftsstatus.render.SitePaths;
import java.util.List;

/**
 * What every page's layout needs: titles, language, the way back to the site root ({@code root},
 * "" or "../"), the navigation, and the accessibility statement required of Danish public sites.
 * {@code areaNavigation} lists every area's page, by group, removed areas last.
 */
public record PageContext(
        String siteTitle,
        String organisation,
        String language,
        String pageTitle,
        String root,
        String currentPath,
        List<LinkView> navigation,
        String accessibilityStatementUrl,
        List<NavGroupView> areaNavigation) {

    public PageContext {
        navigation = List.copyOf(navigation);
        areaNavigation = List.copyOf(areaNavigation);
    }

    /** A link from this page to {@code path} (relative to the site root). */
    public String href(String path) {
        return root + path;
    }

    /** A link from this page to the latest report. */
    public String homeHref() {
        return href(SitePaths.INDEX);
    }

    /** A link from this page to the theme's stylesheet. */
    public String stylesheetHref() {
        return href(SitePaths.STYLESHEET);
    }

    /** A link from this page to the Atom feed. */
    public String feedHref() {
        return href(SitePaths.FEED);
    }
}
