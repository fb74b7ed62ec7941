package dk.flis.driftsstatus.serve;

import dk.flis.driftsstatus.render.SitePaths;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Rediger" link serve adds to each report page it serves (the month's page, and the front page
 * for the latest month), and the "Ny måned" link on the archive, right after the page's first
 * heading; never part of the built site, so the published pages and the golden files stay as they are.
 */
final class EditLinks {
    private static final Pattern REPORT = Pattern.compile("rapporter/(\\d{4}-\\d{2})\\.html");

    private EditLinks() {}

    /** {@code page} with the link when it is a report page; unchanged otherwise. */
    static byte[] addedTo(String path, byte[] page, Map<String, byte[]> files) {
        Optional<YearMonth> month = monthOf(path, files);
        String link;
        if (month.isPresent()) {
            link = "\n<p class=\"preview-tools\"><a href=\"" + EditRoutes.PREFIX + month.get() + "\">"
                    + EditTexts.EDIT_LINK + "<span class=\"visually-hidden\"> " + EditTexts.editLabel(month.get())
                    + "</span></a></p>";
        } else if (path.equals(SitePaths.ARCHIVE)) {
            link = "\n<p class=\"preview-tools\"><a href=\"" + NewMonthRoute.PATH + "\">" + EditTexts.NEW_MONTH_LINK
                    + "</a></p>";
        } else {
            return page;
        }
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.indexOf("</h1>");
        if (end < 0) {
            return page;
        }
        int at = end + "</h1>".length();
        return (html.substring(0, at) + link + html.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** The month a served page shows: its own, or the latest for the front page. */
    private static Optional<YearMonth> monthOf(String path, Map<String, byte[]> files) {
        Matcher match = REPORT.matcher(path);
        if (match.matches()) {
            return Optional.of(YearMonth.parse(match.group(1)));
        }
        if (!path.equals(SitePaths.INDEX)) {
            return Optional.empty();
        }
        return files.keySet().stream()
                .map(REPORT::matcher)
                .filter(Matcher::matches)
                .map(m -> YearMonth.parse(m.group(1)))
                .max(YearMonth::compareTo);
    }
}
