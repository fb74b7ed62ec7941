package dk.flis.driftsstatus.scaffold;

import dk.flis.driftsstatus.diagnostic.MonthInWords;
import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.model.Area;
import dk.flis.driftsstatus.model.AreaEntry;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.DriftNote;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.Status;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A new month's report planned from an earlier one: open problems (every status but {@code ok})
 * carry over with their status and note, data-through overrides stay only while still behind the new
 * rule, and {@code review} lists (as catalogue texts) what the editor must look at before publishing.
 */
public record NextReport(
        YearMonth month, LocalDate date, MonthlyReport base, List<Carried> carried, List<Text> review) {

    public NextReport {
        carried = List.copyOf(carried);
        review = List.copyOf(review);
    }

    /**
     * One area's part of the new report: {@code status} is its key; {@code dataThroughGiven} false means the rule applies, and then
     * {@code dataThrough} is unused; given with null means "no data".
     */
    public record Carried(Area area, String status, boolean dataThroughGiven, YearMonth dataThrough, DriftNote note) {}

    /** Plans {@code month} from the latest report before it; empty when there is none. */
    public static Optional<NextReport> plan(Content content, YearMonth month) {
        MonthlyReport base = null;
        for (MonthlyReport report : content.reports()) {
            if (report.month().isBefore(month)) {
                base = report;
            }
        }
        if (base == null) {
            return Optional.empty();
        }
        List<Carried> carried = new ArrayList<>();
        List<Text> review = new ArrayList<>();
        for (Area area : content.registry().areas()) {
            Optional<AreaEntry> before = base.entry(area.id());
            if (!area.activeIn(month)) {
                before.filter(e -> e.status().isProblem())
                        .ifPresent(e -> review.add(Text.of(
                                "cli.new.review.area-ended",
                                area.name(),
                                new MonthInWords(month),
                                String.valueOf(area.until()),
                                Text.of(
                                        "status.choice",
                                        e.status().key(),
                                        e.status().label()),
                                month.toString(),
                                e.status().key())));
                continue;
            }
            if (before.isEmpty()) {
                review.add(Text.of(
                        "cli.new.review.area-new",
                        area.name(),
                        new MonthInWords(month),
                        content.site().status(Status.OK).label(),
                        month.toString()));
                continue;
            }
            carry(before.get(), month, review).ifPresent(carried::add);
        }
        List<String> withNotes = carried.stream()
                .filter(c -> c.note() != null)
                .map(c -> c.area().name())
                .toList();
        if (!withNotes.isEmpty()) {
            review.add(Text.of(
                    "cli.new.review.notes-old",
                    new MonthInWords(base.month()),
                    Text.andList(withNotes),
                    base.month().toString()));
        }
        if (!base.prefaceHtml().isEmpty()) {
            review.add(Text.of(
                    "cli.new.review.preface-dropped",
                    new MonthInWords(base.month()),
                    base.month().toString()));
        }
        return Optional.of(new NextReport(month, month.atDay(content.site().reportDay()), base, carried, review));
    }

    private static Optional<Carried> carry(AreaEntry entry, YearMonth month, List<Text> review) {
        Area area = entry.area();
        boolean dataThroughGiven = false;
        YearMonth dataThrough = entry.dataThrough();
        YearMonth rule = area.expectedDataThrough(month);
        if (dataThrough == null) {
            dataThroughGiven = true; // no data last month: still none until the editor says otherwise
            review.add(Text.of("cli.new.review.still-no-data", area.name()));
        } else if (entry.monthsBehind() > 0) {
            // Behind last month means behind the later rule too, so the override stays; only the editor
            // knows whether the data has moved. An override equal to last month's rule is not carried:
            // the rule covers it, and carried it would wrongly read as one month behind.
            dataThroughGiven = true;
            review.add(Text.of(
                    "cli.new.review.data-through-carried",
                    area.name(),
                    dataThrough.toString(),
                    new MonthInWords(month),
                    rule.toString(),
                    month.toString()));
        }
        String key = entry.status().key();
        if (key.equals(Status.OK) && !dataThroughGiven) {
            return Optional.empty();
        }
        // "none" (not applicable) carries over too: it describes the area, not this month's trouble. The
        // key is always kept: whether it need be written is the writer's rule (an ok area with a note
        // and late data must say "status: ok", or it would read back as notice).
        return Optional.of(
                new Carried(area, key, dataThroughGiven, dataThroughGiven ? dataThrough : null, entry.note()));
    }
}
