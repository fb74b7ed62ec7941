package dk.flis.driftsstatus.render;

import java.time.YearMonth;

/**
 * The site's addresses, all in one place: where each page, PDF, feed and data file is published
 * (relative to the site root, with "/" between folders) and the fragment ids links point into.
 * Readers bookmark these addresses and other systems fetch the data files by them, so they change
 * only on purpose; views, renderers, the mail and the publisher all take them from here.
 */
public final class SitePaths {
    /** The latest report. */
    public static final String INDEX = "index.html";
    /** Every month by year and the heatmap. */
    public static final String ARCHIVE = "arkiv.html";
    /** The Atom feed. */
    public static final String FEED = "feed.xml";
    /** The theme's stylesheet, copied from templates/static/. */
    public static final String STYLESHEET = "style.css";
    /** The folder of the monthly PDFs. */
    public static final String PDF_FOLDER = "pdf/";
    /** The folder of the open data. */
    public static final String DATA_FOLDER = "data/";
    /** Every month × area as one table. */
    public static final String DATA_CSV = DATA_FOLDER + "driftsstatus.csv";
    /** The latest month as JSON, at an address that never changes. */
    public static final String DATA_LATEST = DATA_FOLDER + "status.json";
    /** The JSON files' schema's name, which their "$schema" gives relative to them. */
    public static final String DATA_SCHEMA_NAME = "driftsstatus.schema.json";
    /** The JSON files' schema. */
    public static final String DATA_SCHEMA = DATA_FOLDER + DATA_SCHEMA_NAME;

    private static final String REPORT_FOLDER = "rapporter/";
    private static final String AREA_FOLDER = "omraader/";
    private static final String PAGE_FOLDER = "sider/";

    private SitePaths() {}

    /** A month's page: "rapporter/2025-10.html". */
    public static String report(YearMonth month) {
        return REPORT_FOLDER + month + ".html";
    }

    /** A month's PDF: "pdf/driftsstatus-2025-10.pdf". */
    public static String pdf(YearMonth month) {
        return PDF_FOLDER + pdfFileName(month);
    }

    /** The PDF's file name, also the email attachment's: "driftsstatus-2025-10.pdf". */
    public static String pdfFileName(YearMonth month) {
        return "driftsstatus-" + month + ".pdf";
    }

    /** An area's page: "omraader/okonomi.html". */
    public static String area(String areaId) {
        return AREA_FOLDER + areaId + ".html";
    }

    /** A free page: "sider/opdateringsfrekvens.html". */
    public static String page(String slug) {
        return PAGE_FOLDER + slug + ".html";
    }

    /** A month's open data: "data/2025-10.json". */
    public static String dataMonth(YearMonth month) {
        return DATA_FOLDER + month + ".json";
    }

    /** The way from {@code path} back to the site root: "" at the root, "../" one folder down. */
    public static String rootFrom(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    /** The fragment id of an area's row on a month's page: "omraade-okonomi". */
    public static String rowAnchor(String areaId) {
        return "omraade-" + areaId;
    }

    /** An area's row on a month's page: "rapporter/2025-10.html#omraade-okonomi". */
    public static String row(YearMonth month, String areaId) {
        return report(month) + "#" + rowAnchor(areaId);
    }

    /** The fragment id of a group's heading row in a month's table: "gruppe-skole-dagtilbud". */
    public static String groupAnchor(String groupSlug) {
        return "gruppe-" + groupSlug;
    }

    /** The fragment id of a year's heading in the archive: "aar-2025". */
    public static String yearAnchor(int year) {
        return "aar-" + year;
    }
}
