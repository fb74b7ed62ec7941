package dk.flis.driftsstatus.scaffold;

import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.diagnostic.MonthInWords;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Text;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * How far ahead a new month's report may be created: at most one month after today's month, so that
 * running {@code new} twice cannot silently make the month after next. Shared by the {@code new}
 * command and the browser's "Ny måned"; {@code force} overrides it.
 */
public final class NewMonthRule {
    private NewMonthRule() {}

    /**
     * Why {@code asked} may not be created {@code today}, or empty when it may. {@code named} says
     * whether the editor named the month; {@code latest} is the newest report and its file as shown.
     */
    public static Optional<Diagnostic> refusal(
            YearMonth asked, boolean named, LocalDate today, YearMonth latest, String latestFile, String file) {
        YearMonth thisMonth = YearMonth.from(today);
        YearMonth next = thisMonth.plusMonths(1);
        if (!asked.isAfter(next)) {
            return Optional.empty();
        }
        Object[] args = {
            new MonthInWords(asked),
            new MonthInWords(thisMonth),
            named ? new MonthInWords(next) : new MonthInWords(latest),
            next.toString(),
            asked.toString(),
            latestFile
        };
        Text hint = named ? Text.of("new-month-too-far.hint", args) : Text.of("new-month-too-far.hint.ran-twice", args);
        return Optional.of(Diagnostic.error(SourcePosition.of(file), Text.of("new-month-too-far.message", args), hint));
    }
}
