package dk.flis.driftsstatus.serve;

import dk.flis.driftsstatus.view.DanishFormats;
import java.time.LocalTime;
import java.time.YearMonth;

/**
 * Every Danish text of the editor in {@code serve}, in one place, so that they can join the message
 * catalogue (keys {@code edit.*}) as they are. Diagnostics are not here: the form shows what the
 * check says.
 */
final class EditTexts {
    private EditTexts() {}

    static final String EDIT_LINK = "Rediger";
    static final String NEW_MONTH_LINK = "Ny måned";
    static final String DATE_LABEL = "Rapportdato";
    static final String PREFACE_LABEL = "Indledning (vises over tabellen)";
    static final String PREFACE_HINT = "Valgfri. Markdown: *kursiv*, **fed**, [tekst](https://…), lister med - foran.";
    static final String STATUS_LABEL = "Status";
    static final String DATA_LABEL = "Data t.o.m.";
    static final String NOTE_LABEL = "Drift (note)";
    static final String NO_DATA = "ingen data (-)";
    static final String ERROR = "Fejl";
    static final String WARNING = "Advarsel";
    static final String UNCHANGED = "Ingen ændringer – filen er uændret.";
    static final String TOKEN = "Serveren er startet igen, siden du åbnede formularen. Intet er gemt. "
            + "Dine ændringer står stadig i formularen – tryk Gem igen.";
    static final String BROKEN = "Rapporten kan ikke vises som formular, fordi filen har fejl. Ret dem i filen – "
            + "forhåndsvisningen viser dem også. Derefter kan du redigere her.";
    static final String AREAS_CHANGED = "Listen over områder er ændret (areas.json), siden du åbnede formularen. "
            + "Tjek formularen, og tryk Gem igen.";
    static final String LINKED = "Filen er et link; rediger den i en teksteditor.";
    static final String FALLBACK_REWRITE = "Filen skrives i standardform – se forskellen, når du har gemt.";

    static String editLabel(YearMonth month) {
        return "rapporten for " + DanishFormats.monthYear(month);
    }

    static String title(YearMonth month) {
        return "Rediger " + DanishFormats.monthYear(month);
    }

    static String heading(YearMonth month) {
        return "Rediger rapporten for " + DanishFormats.monthYear(month);
    }

    static String intro(String shownFile) {
        return "Formularen skriver filen " + shownFile + ". Du kan også redigere filen i en teksteditor.";
    }

    static String dateHint(YearMonth month, String example) {
        return "Skrives ÅÅÅÅ-MM-DD, fx " + example + ". Datoen skal ligge i " + DanishFormats.monthYear(month) + ".";
    }

    static String facts(String frequency, String source, String ruleLabel) {
        return frequency + " · Kilde: " + source + " · efter reglen data t.o.m. " + ruleLabel;
    }

    static String byRule(String ruleLabel) {
        return "efter reglen (" + ruleLabel + ")";
    }

    static String monthsBehind(YearMonth month, int behind) {
        String name = DanishFormats.monthYear(month);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " (" + behind + " md. bagud)";
    }

    static String noteHint(String defaultText) {
        return "Skriv, hvad der er galt, og hvornår det ventes løst. Tom: tabellen viser statussens standardtekst (»"
                + defaultText + "«).";
    }

    static String noNote(String defaultText) {
        return "Ingen note – tabellen viser »" + defaultText + "«.";
    }

    static String saved(LocalTime time, String shownFile) {
        return "Gemt kl. " + String.format("%02d.%02d", time.getHour(), time.getMinute()) + ". " + shownFile
                + " er opdateret; forhåndsvisningen genindlæses.";
    }

    static String stale(String shownFile) {
        return "Filen er ændret, siden du åbnede formularen. Nogen – eller et andet vindue, en editor eller git pull – "
                + "har gemt " + shownFile + ". Dine ændringer herunder er ikke gemt.";
    }

    static final String DELETED =
            "Filen findes ikke længere. Dine ændringer herunder er ikke gemt. " + "Gem alligevel opretter den igen.";

    static String noReport(YearMonth month) {
        return "Der er ingen rapport for " + DanishFormats.monthYear(month) + ".";
    }

    static String fieldMessage(String where, String message) {
        return where.isEmpty() ? message : where + ": " + message;
    }

    static String lineInText(int line) {
        return "linje " + line + " i teksten";
    }

    static final String NEW_MONTH_TITLE = "Ny måned";

    static String newMonthQuestion(YearMonth month, YearMonth base) {
        return "Opret rapporten for " + DanishFormats.monthYear(month) + " ud fra " + DanishFormats.monthYear(base)
                + "?";
    }

    static String newMonthButton(YearMonth month) {
        return "Opret " + DanishFormats.monthYear(month);
    }

    static String exists(YearMonth month) {
        return "Rapporten for " + DanishFormats.monthYear(month) + " findes allerede.";
    }
}
