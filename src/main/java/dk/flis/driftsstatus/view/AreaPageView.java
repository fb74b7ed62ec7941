package dk.flis.driftsstatus.view;

import java.util.List;

/**
 * An area's own page: its registry facts, {@code period} ("Med siden Jan 2025", "Udgået efter
 * Marts 2025" or ""), its state in the latest report that shows it ({@code current}, null when no
 * report has shown it), the age of an open problem and its whole history, newest first.
 */
public record AreaPageView(
        String id,
        String name,
        String group,
        String frequency,
        String source,
        String rule,
        String period,
        boolean removed,
        AreaMonthView current,
        String openSince,
        List<AreaMonthView> history) {

    public AreaPageView {
        history = List.copyOf(history);
    }
}
