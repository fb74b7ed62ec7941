package dk.flis.driftsstatus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.flis.driftsstatus.model.Area;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Data t.o.m." = report month − 1 − delay, as the slides of 10/10 show. */
class DataThroughRuleTest {
    private static Area area(int delay) {
        return new Area("x", "X", "G", "Månedligt", "-", delay, null, null, List.of());
    }

    @Test
    void oneMonthDelayInOctoberGivesAugust() {
        assertEquals(YearMonth.of(2025, 8), area(1).expectedDataThrough(YearMonth.of(2025, 10)));
    }

    @Test
    void threeMonthsDelayInOctoberGivesJune() {
        assertEquals(YearMonth.of(2025, 6), area(3).expectedDataThrough(YearMonth.of(2025, 10)));
    }

    @Test
    void ruleCrossesTheYearBoundary() {
        assertEquals(YearMonth.of(2024, 11), area(1).expectedDataThrough(YearMonth.of(2025, 1)));
    }
}
