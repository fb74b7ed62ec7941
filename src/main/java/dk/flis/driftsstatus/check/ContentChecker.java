package dk.flis.driftsstatus.check;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Suggestions;
import dk.flis.driftsstatus.load.LoadedContent;
import dk.flis.driftsstatus.load.ReportSource;
import dk.flis.driftsstatus.model.Area;
import dk.flis.driftsstatus.model.AreaEntry;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.DriftNote;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.Page;
import dk.flis.driftsstatus.model.Registry;
import dk.flis.driftsstatus.model.SiteConfig;
import dk.flis.driftsstatus.model.Status;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders each report's and page's Markdown ({@link Bodies}), checks each report against the registry
 * and the status vocabulary, applies the defaults (no override and no note: "ok" with the computed
 * data-through; a note alone: "notice") and returns the model, or nothing when any error was found.
 */
public final class ContentChecker {
    private final SiteConfig site;
    /** The vocabulary by key and the default status, looked up for every area of every month. */
    private final Map<String, Status> statusByKey;

    private final Status ok;
    private final Registry registry;
    private final AreaNames names;
    private final Diagnostics diagnostics;
    private final Provenance provenance = new Provenance();

    private ContentChecker(SiteConfig site, Registry registry, Diagnostics diagnostics) {
        this.site = site;
        this.statusByKey = site.statusByKey();
        this.ok = site.status(Status.OK);
        this.registry = registry;
        this.names = new AreaNames(registry);
        this.diagnostics = diagnostics;
    }

    /** The checked content, or empty when anything (reported in {@code diagnostics}) is wrong. */
    public static Optional<Content> check(LoadedContent loaded, Diagnostics diagnostics) {
        // Every body is rendered first, so that its mistakes are reported whatever else is wrong.
        Map<ReportSource, Bodies.ReportBody> bodies = new IdentityHashMap<>();
        loaded.reports().forEach(source -> bodies.put(source, Bodies.ofReport(source, diagnostics)));
        List<Page> pages = loaded.pages().stream()
                .flatMap(page -> Bodies.ofPage(page, diagnostics).stream())
                .toList();
        if (loaded.site().isEmpty() || loaded.registry().isEmpty()) {
            return Optional.empty(); // the loaders have said why; reports cannot be checked without them
        }
        ContentChecker checker =
                new ContentChecker(loaded.site().get(), loaded.registry().get(), diagnostics);
        List<MonthlyReport> reports = new ArrayList<>();
        for (ReportSource source : loaded.reports()) {
            if (source.isComplete()) {
                checker.report(source, bodies.get(source)).ifPresent(reports::add);
            }
        }
        reports.sort(Comparator.comparing(MonthlyReport::month));
        new ReportWarnings(loaded.site().get(), checker.provenance, diagnostics).warn(reports);
        new PaletteWarnings(diagnostics)
                .warn(
                        loaded.site().get().statuses(),
                        loaded.statusColourAt(),
                        SourcePosition.of(loaded.folder().shown(loaded.folder().siteJson())));
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Content(loaded.site().get(), loaded.registry().get(), reports, pages));
    }

    private Optional<MonthlyReport> report(ReportSource source, Bodies.ReportBody body) {
        long errorsBefore = diagnostics.errorCount();
        YearMonth month = source.month();
        if (!YearMonth.from(source.date()).equals(month)) {
            diagnostics.error(
                    source.dateAt(),
                    "the date " + source.date() + " is not in " + month + ", the month the file is named after",
                    "set date to a day in " + month + ", e.g. " + month.atDay(site.reportDay())
                            + ", or rename the file to " + YearMonth.from(source.date()) + ".md");
        }
        Map<String, ReportSource.Override> overrides = new HashMap<>();
        for (ReportSource.Override override : source.overrides()) {
            resolveOverride(override, month).ifPresent(area -> overrides.put(area.id(), override));
        }
        Map<String, DriftNote> notes = new HashMap<>();
        Map<String, SourcePosition> noteAt = new HashMap<>();
        for (Bodies.Note note : body.notes()) {
            resolveHeading(note, month).ifPresent(area -> {
                SourcePosition first = noteAt.putIfAbsent(area.id(), note.headingAt());
                if (first != null) {
                    diagnostics.error(
                            note.headingAt(),
                            "a second note for \"" + area.name() + "\" (the first is on line " + first.line() + ")",
                            "merge the two sections into one");
                } else {
                    notes.put(area.id(), note.note());
                }
            });
        }
        List<AreaEntry> entries = new ArrayList<>();
        for (Area area : registry.areas()) {
            if (area.activeIn(month)) {
                provenance.record(month, area.id(), overrides.get(area.id()), noteAt.get(area.id()));
                entries.add(entry(area, month, overrides.get(area.id()), notes.get(area.id())));
            }
        }
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new MonthlyReport(month, source.date(), body.prefaceHtml(), entries, source.file()));
    }

    private Optional<Area> resolveOverride(ReportSource.Override override, YearMonth month) {
        Optional<Area> area = names.byIdOnly(override.areaKey());
        if (area.isEmpty()) {
            Optional<Area> byName = names.byAnyName(override.areaKey());
            diagnostics.error(
                    override.keyAt(),
                    "unknown area id \"" + override.areaKey() + "\"",
                    byName.map(a -> "the front matter uses ids: write \"" + a.id() + "\"")
                            .orElseGet(() -> Suggestions.didYouMean(override.areaKey(), names.ids())));
            return Optional.empty();
        }
        if (!checkActive(area.get(), month, override.keyAt())) {
            return Optional.empty();
        }
        if (override.status() != null && !statusByKey.containsKey(override.status())) {
            diagnostics.error(
                    override.statusAt(),
                    "unknown status \"" + override.status() + "\"",
                    Suggestions.didYouMean(
                            override.status(),
                            statusByKey.keySet().stream().sorted().toList()));
        }
        YearMonth expected = area.get().expectedDataThrough(month);
        if (override.dataThrough() != null && override.dataThrough().isAfter(expected)) {
            diagnostics.error(
                    override.dataThroughAt(),
                    "data-through " + override.dataThrough() + " is later than the rule allows for "
                            + area.get().name() + " (" + expected + ")",
                    "a report in " + month + " shows data through " + expected + " (delay "
                            + area.get().delayMonths()
                            + " month(s)); remove data-through, or give an earlier month if the data is behind");
        }
        return area;
    }

    private Optional<Area> resolveHeading(Bodies.Note note, YearMonth month) {
        Optional<Area> area = names.byAnyName(note.heading());
        if (area.isEmpty()) {
            diagnostics.error(
                    note.headingAt(),
                    "no area is called \"" + note.heading() + "\"",
                    Suggestions.closest(note.heading(), names.allNames())
                            .map(s -> "did you mean \"" + s + "\"?")
                            .orElse("use an area's name, alias or id from areas.json"));
            return Optional.empty();
        }
        return checkActive(area.get(), month, note.headingAt()) ? area : Optional.empty();
    }

    private boolean checkActive(Area area, YearMonth month, SourcePosition at) {
        if (area.activeIn(month)) {
            return true;
        }
        String span = (area.since() == null ? "" : "from " + area.since())
                + (area.until() == null ? "" : (area.since() == null ? "" : " ") + "until " + area.until());
        diagnostics.error(
                at,
                "\"" + area.name() + "\" is not part of the report in " + month + " (it exists " + span + ")",
                "remove it from this report, or change since/until in areas.json");
        return false;
    }

    private AreaEntry entry(Area area, YearMonth month, ReportSource.Override override, DriftNote note) {
        String statusKey;
        if (override != null && override.status() != null) {
            statusKey = override.status();
        } else {
            statusKey = note != null ? Status.NOTICE : Status.OK;
        }
        Status status = statusByKey.getOrDefault(statusKey, ok);
        YearMonth expected = area.expectedDataThrough(month);
        YearMonth dataThrough = override != null && override.dataThroughGiven() ? override.dataThrough() : expected;
        return new AreaEntry(area, status, dataThrough, expected, note);
    }
}
