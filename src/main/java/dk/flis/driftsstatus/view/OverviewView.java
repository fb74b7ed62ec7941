package dk.flis.driftsstatus.view;

import java.util.List;

/**
 * The Overblik at the top of a report page and of the email: the month in one sentence
 * ({@code summary}), a {@code note} said once ("" mostly; in a first report, that ages are not
 * shown), and the areas that need attention, the most serious first, under {@code attentionHeading}.
 */
public record OverviewView(
        String heading, String summary, String note, String attentionHeading, List<Attention> attention) {

    public OverviewView {
        attention = List.copyOf(attention);
    }

    /**
     * An area that needs attention: its status, since when ("" when not known), what is wrong with its
     * data ("Data t.o.m. Maj – 1 måned forsinket (normalt Juni)", "Ingen data", "" when on time), the
     * first sentence of its note (or the status's default text), its row's fragment id on the month's
     * page, and the whole note, as safe HTML and as plain text, for the email.
     */
    public record Attention(
            String areaName,
            String anchor,
            StatusView status,
            String since,
            String data,
            String firstSentence,
            String noteHtml,
            String noteText) {}
}
