package dk.flis.driftsstatus.view;

import dk.flis.driftsstatus.history.History;
import dk.flis.driftsstatus.markdown.PlainText;
import dk.flis.driftsstatus.model.AreaEntry;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.SiteConfig;
import dk.flis.driftsstatus.model.Status;
import dk.flis.driftsstatus.render.SitePaths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds a month's Overblik: what a reader should know before the 17 rows, the worst first. */
final class OverviewViews {
    /** A first sentence longer than this is cut at a word: the row below has the rest. */
    static final int FIRST_SENTENCE_LENGTH = 200;
    /**
     * A sentence ends at . ! or ? followed by a space and a capital or digit, so Danish
     * abbreviations inside a sentence ("pga. de", "div. konti") do not end it.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}\\d])");

    private final History history;
    private final ReaderTexts texts;

    OverviewViews(SiteConfig site, History history) {
        this.history = history;
        this.texts = new ReaderTexts(site);
    }

    OverviewView view(MonthlyReport report) {
        List<AreaEntry> attention = new ArrayList<>();
        int asPlanned = 0;
        int notApplicable = 0;
        boolean agesHidden = false;
        for (AreaEntry entry : report.entries()) {
            if (entry.status().isProblem()) {
                attention.add(entry);
                agesHidden |= ReaderTexts.ageUnknown(history.area(entry.area().id()), report.month());
            } else if (entry.status().key().equals(Status.NONE)) {
                notApplicable++;
            } else {
                asPlanned++;
            }
        }
        // Stable: equal severities keep the registry's order, as in the table below.
        attention.sort(
                Comparator.comparingInt((AreaEntry e) -> e.status().severity()).reversed());
        List<OverviewView.Attention> items = new ArrayList<>();
        for (AreaEntry entry : attention) {
            items.add(attention(report, entry));
        }
        return new OverviewView(
                "Overblik",
                ReaderTexts.summary(asPlanned, notApplicable, report.entries().size()),
                agesHidden ? ReaderTexts.firstReportNote() : "",
                items.isEmpty() ? "" : ReaderTexts.attentionHeading(items.size()),
                items);
    }

    private OverviewView.Attention attention(MonthlyReport report, AreaEntry entry) {
        String text =
                entry.hasNote() ? entry.note().plainText() : entry.status().defaultText();
        String html = entry.hasNote() ? entry.note().html() : StatusView.defaultTextHtml(entry.status());
        return new OverviewView.Attention(
                entry.area().name(),
                SitePaths.rowAnchor(entry.area().id()),
                StatusView.of(entry.status()),
                ReaderTexts.openSince(history.area(entry.area().id()), report.month()),
                texts.dataLine(entry),
                firstSentence(text),
                html,
                PlainText.of(html));
    }

    /** The text up to the end of its first sentence, at most {@value #FIRST_SENTENCE_LENGTH} characters. */
    static String firstSentence(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        String sentence = end.find() ? text.substring(0, end.end()) : text;
        return ArchiveViews.cut(sentence.strip(), FIRST_SENTENCE_LENGTH);
    }
}
