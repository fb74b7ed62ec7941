package dk.flis.driftsstatus.check;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.MonthInWords;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Suggestions;
import dk.flis.driftsstatus.diagnostic.Text;
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
        HeadingLookalikes lookalikes = new HeadingLookalikes(checker.names, diagnostics);
        for (ReportSource source : loaded.reports()) {
            lookalikes.check(source);
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
                    "date-not-in-month",
                    source.date().toString(),
                    new MonthInWords(month),
                    month.toString(),
                    month.atDay(site.reportDay()).toString(),
                    YearMonth.from(source.date()).toString());
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
                if (first != null
                        && notes.get(area.id()) != null
                        && notes.get(area.id())
                                .markdown()
                                .strip()
                                .equals(note.note().markdown().strip())) {
                    // An exact repeat loses nothing: worth tidying, not worth stopping the build.
                    diagnostics.warning(note.headingAt(), "duplicate-note-same-text", area.name(), first.line());
                } else if (first != null) {
                    diagnostics.error(note.headingAt(), "duplicate-note", area.name(), first.line());
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
        return Optional.of(new MonthlyReport(month, source.date(), body.preface(), entries, source.file()));
    }

    private Optional<Area> resolveOverride(ReportSource.Override override, YearMonth month) {
        Optional<Area> area = names.byIdOnly(override.areaKey());
        if (area.isEmpty()) {
            Optional<Area> byName = names.byAnyName(override.areaKey());
            diagnostics.error(
                    override.keyAt(),
                    Text.of("unknown-area-id.message", override.areaKey()),
                    byName.map(a -> Text.of("unknown-area-id.hint.name-used", a.id()))
                            .orElseGet(() -> Suggestions.closest(override.areaKey(), names.ids())
                                    .map(id -> Text.of(
                                            "unknown-area-id.hint.closest",
                                            id,
                                            names.byIdOnly(id).get().name()))
                                    .orElseGet(
                                            () -> Text.of("unknown-area-id.hint.choices", Text.orList(names.ids())))));
            return Optional.empty();
        }
        if (!checkActive(area.get(), month, override.keyAt())) {
            return Optional.empty();
        }
        if (override.status() != null && site.statusNamed(override.status()).isEmpty()) {
            diagnostics.error(
                    override.statusAt(),
                    Text.of("unknown-status.message", override.status()),
                    statusHint(override.status()));
        }
        YearMonth expected = area.get().expectedDataThrough(month);
        if (override.dataThrough() != null && override.dataThrough().isAfter(expected)) {
            diagnostics.error(
                    override.dataThroughAt(),
                    "data-through-after-rule",
                    override.dataThrough().toString(),
                    area.get().name(),
                    expected.toString(),
                    month.toString(),
                    area.get().delayMonths());
        }
        return area;
    }

    private Optional<Area> resolveHeading(Bodies.Note note, YearMonth month) {
        Optional<Area> area = names.byAnyName(note.heading());
        String sign = note.heading().strip().replaceAll("^.*?([:.,;!]+)$", "$1");
        Optional<Area> withoutSign = sign.equals(note.heading().strip())
                ? Optional.empty()
                : names.byAnyName(note.heading()
                        .strip()
                        .substring(0, note.heading().strip().length() - sign.length()));
        if (area.isEmpty() && withoutSign.isPresent()) {
            String named =
                    note.heading().strip().substring(0, note.heading().strip().length() - sign.length());
            diagnostics.error(
                    note.headingAt(),
                    "heading-trailing-punctuation",
                    note.heading().strip(),
                    named,
                    sign);
            return Optional.empty();
        }
        if (area.isEmpty()) {
            diagnostics.error(
                    note.headingAt(),
                    Text.of("unknown-area-heading.message", note.heading()),
                    Suggestions.closest(note.heading(), names.allNames())
                            .map(s -> Text.of("hint.did-you-mean", s))
                            .orElse(Text.of("unknown-area-heading.hint")));
            return Optional.empty();
        }
        return checkActive(area.get(), month, note.headingAt()) ? area : Optional.empty();
    }

    private boolean checkActive(Area area, YearMonth month, SourcePosition at) {
        if (area.activeIn(month)) {
            return true;
        }
        String span = area.since() == null ? "until" : area.until() == null ? "since" : "since-until";
        diagnostics.error(
                at,
                Text.of(
                        "area-not-in-month.message." + span,
                        area.name(),
                        new MonthInWords(month),
                        new MonthInWords(area.since() == null ? area.until() : area.since()),
                        new MonthInWords(area.until() == null ? area.since() : area.until())),
                Text.of("area-not-in-month.hint"));
        return false;
    }

    /** "Mente du »partial« (Delvis drift)?", or every status as "key (label)" in site.json's order. */
    private Text statusHint(String written) {
        List<String> words = new ArrayList<>();
        site.statuses().forEach(s -> {
            words.add(s.key());
            words.add(s.label());
        });
        return Suggestions.closest(written, words)
                .flatMap(site::statusNamed)
                .map(status -> Text.of("unknown-status.hint.closest", status.key(), status.label()))
                .orElseGet(() -> Text.of(
                        "unknown-status.hint.choices",
                        Text.orList(site.statuses().stream()
                                .map(s -> Text.of("status.choice", s.key(), s.label()))
                                .toList())));
    }

    private AreaEntry entry(Area area, YearMonth month, ReportSource.Override override, DriftNote note) {
        String statusKey;
        if (override != null && override.status() != null) {
            // Written as key or label in any case; the entry (and so every page and new) keeps the key.
            statusKey = site.statusNamed(override.status()).map(Status::key).orElse(Status.OK);
        } else {
            statusKey = note != null ? Status.NOTICE : Status.OK;
        }
        Status status = statusByKey.getOrDefault(statusKey, ok);
        YearMonth expected = area.expectedDataThrough(month);
        YearMonth dataThrough = override != null && override.dataThroughGiven() ? override.dataThrough() : expected;
        return new AreaEntry(area, status, dataThrough, expected, note);
    }
}
