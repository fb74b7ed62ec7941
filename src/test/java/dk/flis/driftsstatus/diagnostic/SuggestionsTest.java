package dk.flis.driftsstatus.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void suggestsTheClosestKnownWordForATypo() {
        assertEquals(Optional.of("Økonomi"), Suggestions.closest("økonimi", List.of("Borger", "Økonomi", "KY")));
    }

    @Test
    void suggestsTheFullWordForAShortenedOne() {
        assertEquals(Optional.of("delayMonths"), Suggestions.closest("delay", List.of("id", "delayMonths")));
    }

    @Test
    void suggestsNothingForAnUnrelatedWord() {
        assertEquals(Optional.empty(), Suggestions.closest("fravær", List.of("KY", "KP", "YR")));
    }

    @Test
    void distanceCountsEdits() {
        assertEquals(0, Suggestions.distance("ky", "ky"));
        assertEquals(1, Suggestions.distance("kp", "ky"));
        assertEquals(3, Suggestions.distance("", "abc"));
    }
}
