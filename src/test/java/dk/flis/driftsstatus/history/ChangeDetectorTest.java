package dk.flis.driftsstatus.history;

import static dk.flis.driftsstatus.history.ChangeKind.ADDED;
import static dk.flis.driftsstatus.history.ChangeKind.CAUGHT_UP;
import static dk.flis.driftsstatus.history.ChangeKind.DATA_LOST;
import static dk.flis.driftsstatus.history.ChangeKind.DATA_RESTORED;
import static dk.flis.driftsstatus.history.ChangeKind.FELL_BEHIND;
import static dk.flis.driftsstatus.history.ChangeKind.NOTE_CHANGED;
import static dk.flis.driftsstatus.history.ChangeKind.NOTE_NEW;
import static dk.flis.driftsstatus.history.ChangeKind.NOTE_RESOLVED;
import static dk.flis.driftsstatus.history.ChangeKind.REMOVED;
import static dk.flis.driftsstatus.history.ChangeKind.STATUS_CHANGED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.pipeline.BuildOptions;
import dk.flis.driftsstatus.pipeline.Pipeline;
import dk.flis.driftsstatus.pipeline.RunResult;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change model over the 14-month fixture {@code sites/history}. Expectations are worked out by
 * hand from the fixture's reports (see the comments), not copied from output.
 */
class ChangeDetectorTest {
    @TempDir
    static Path temp;

    static Content content;
    static History history;

    @BeforeAll
    static void loadHistoryFixture() {
        FixtureSite site = FixtureSite.of("history", temp);
        RunResult checked = new Pipeline(BuildOptions.defaults(site.root())).check();
        content = checked.content();
        history = checked.history();
    }

    static MonthlyReport report(String month) {
        return content.reports().stream()
                .filter(r -> r.month().equals(YearMonth.parse(month)))
                .findFirst()
                .orElseThrow();
    }

    static Map<String, List<ChangeKind>> changes(String month) {
        Map<String, List<ChangeKind>> byArea = new LinkedHashMap<>();
        history.changes(report(month))
                .changes()
                .forEach(c -> byArea.put(c.area().id(), c.kinds()));
        return byArea;
    }

    @Test
    void firstReportHasNothingToCompareWith() {
        ReportChanges first = history.changes(report("2024-09"));
        assertFalse(first.hasPrevious());
        assertTrue(first.changes().isEmpty());
    }

    @Test
    void quietMonthsHaveNoChangesEvenThoughDataAdvances() {
        // Every area's data-through moves a month each month; that is the rule, not a change.
        assertEquals(Map.of(), changes("2024-10"));
        assertEquals(Map.of(), changes("2025-05"));
    }

    @Test
    void detectsStatusDataAndNoteChangesInRegistryOrder() {
        // Okt: KRL data May with rule June (1 behind) after March with rule May (2 behind);
        // Aula ok → partial with its first note.
        assertEquals(
                Map.of("krl-personale", List.of(CAUGHT_UP), "aula", List.of(STATUS_CHANGED, NOTE_NEW)),
                changes("2025-10"));
        assertEquals(
                List.of("krl-personale", "aula"), List.copyOf(changes("2025-10").keySet()));
        // Sep: Økonomi's note text changed (én → to kommuner); KRL stuck at March while the rule
        // moved to May; DFDG closed again with no data and a note.
        assertEquals(
                Map.of(
                        "okonomi",
                        List.of(NOTE_CHANGED),
                        "krl-personale",
                        List.of(FELL_BEHIND),
                        "dfdg",
                        List.of(STATUS_CHANGED, DATA_LOST, NOTE_NEW)),
                changes("2025-09"));
        // Aug: KRL becomes delayed, data March against rule April.
        assertEquals(Map.of("krl-personale", List.of(STATUS_CHANGED, FELL_BEHIND, NOTE_NEW)), changes("2025-08"));
        // Jan: DFDG reopens: ok, data back, note gone.
        assertEquals(Map.of("dfdg", List.of(STATUS_CHANGED, DATA_RESTORED, NOTE_RESOLVED)), changes("2025-01"));
    }

    @Test
    void areasEnterWithSinceAndLeaveAfterUntil() {
        AreaChange added = history.changes(report("2025-06")).of("aula").orElseThrow();
        assertEquals(List.of(ADDED), added.kinds());
        assertNull(added.before());
        AreaChange removed = history.changes(report("2025-04")).of("ydelse").orElseThrow();
        assertEquals(List.of(REMOVED), removed.kinds());
        assertNull(removed.after());
        assertEquals("notice", removed.before().status().key()); // March's entry, with its note
    }

    @Test
    void openProblemAgeIsTheStartOfTheCurrentUnbrokenRun() {
        YearMonth october = YearMonth.parse("2025-10");
        assertEquals(
                Optional.of(YearMonth.parse("2025-07")), history.area("okonomi").openSince(october));
        assertEquals(
                Optional.of(YearMonth.parse("2025-08")),
                history.area("krl-personale").openSince(october));
        // DFDG was down Nov–Dec 2024 too, but ok in between: the current run began in September.
        assertEquals(
                Optional.of(YearMonth.parse("2025-09")), history.area("dfdg").openSince(october));
        assertEquals(
                Optional.of(YearMonth.parse("2024-11")), history.area("dfdg").openSince(YearMonth.parse("2024-12")));
        assertEquals(Optional.of(october), history.area("aula").openSince(october));
        assertEquals(Optional.empty(), history.area("borger").openSince(october));
        // A notice counts as an open problem: Ydelse's last two months.
        assertEquals(
                Optional.of(YearMonth.parse("2025-02")), history.area("ydelse").openSince(YearMonth.parse("2025-03")));
        assertEquals(Optional.empty(), history.area("ydelse").openSince(october));
    }

    @Test
    void ageIsOnlyALowerBoundWhenTheRunReachesTheFirstReport() {
        YearMonth october = YearMonth.parse("2025-10");
        assertFalse(history.area("okonomi").openBeforeFirstReport(october));
        // Aula began (since) in June 2025: its problem cannot be older than its first report.
        assertFalse(history.area("aula").openBeforeFirstReport(october));
        assertFalse(history.area("borger").openBeforeFirstReport(october));
    }

    @Test
    void areaHistoryHoldsOnlyTheAreasMonths() {
        assertEquals(14, history.area("borger").months().size());
        assertEquals(5, history.area("aula").months().size()); // Jun–Okt 2025
        assertEquals(7, history.area("ydelse").months().size()); // Sep 2024–Marts 2025
        assertEquals(
                YearMonth.parse("2025-03"),
                history.area("ydelse").latest().orElseThrow().month());
    }
}
