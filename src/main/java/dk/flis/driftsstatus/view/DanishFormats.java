package dk.flis.driftsstatus.view;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How dates, months and counts of months are written for Danish readers, in one place, so that the
 * pages, the PDF, the feed, the open data and the email never spell the same thing two ways. The
 * slides' short month labels ("Aug") are the site's own setting ({@code SiteConfig.monthLabel}).
 */
public final class DanishFormats {
    /** Danish as written in Denmark, whatever the machine's locale. */
    public static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", DANISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", DANISH);

    private DanishFormats() {}

    /** "10/10", the day and month as the slides' title writes them. */
    public static String dayMonth(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue();
    }

    /** "10. oktober 2025". */
    public static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** "juli 2025", as in "siden juli 2025". */
    public static String monthYear(YearMonth month) {
        return MONTH_YEAR.format(month);
    }

    /** "juli", the month's full name in lower case. */
    public static String monthName(YearMonth month) {
        return MONTH.format(month);
    }

    /** "1 måned", "3 måneder". */
    public static String months(int count) {
        return count + (count == 1 ? " måned" : " måneder");
    }
}
