package dk.flis.driftsstatus.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The overview's words: a note's first sentence, and the month's sentence for any count. */
class OverviewViewsTest {
    @Test
    void theFirstSentenceStopsAtTheSentenceNotAtAnAbbreviation() {
        assertEquals(
                "Der er lukket for adgang til DFDG-data pga. omfattende snitfladeændringer.",
                OverviewViews.firstSentence("Der er lukket for adgang til DFDG-data pga. omfattende "
                        + "snitfladeændringer. Vi melder ud, når data er tilgængelige igen."));
        assertEquals(
                "Mangler for div. konti i 2025.",
                OverviewViews.firstSentence("Mangler for div. konti i 2025. Mere her."));
        assertEquals("Ingen punktum", OverviewViews.firstSentence("Ingen punktum"));
        assertEquals("Hvad nu?", OverviewViews.firstSentence("Hvad nu? Mere."), "a question ends a sentence too");
    }

    @Test
    void aVeryLongFirstSentenceIsCutAtAWord() {
        String endless = "ord ".repeat(100).strip();
        String cut = OverviewViews.firstSentence(endless);
        assertEquals("ord ".repeat(50).strip() + " …", cut);
    }

    @Test
    void theMonthsSentenceCountsAsPlannedAndNotApplicable() {
        assertEquals("8 af 17 dataområder kører efter planen, og 1 er ikke relevant.", ReaderTexts.summary(8, 1, 17));
        assertEquals("Alle 17 dataområder kører efter planen.", ReaderTexts.summary(17, 0, 17));
        assertEquals("0 af 3 dataområder kører efter planen, og 2 er ikke relevante.", ReaderTexts.summary(0, 2, 3));
        assertEquals("Dataområdet kører efter planen.", ReaderTexts.summary(1, 0, 1));
        assertEquals("1 dataområde kræver opmærksomhed", ReaderTexts.attentionHeading(1));
    }
}
