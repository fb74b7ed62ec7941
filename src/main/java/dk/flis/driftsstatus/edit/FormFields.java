package dk.flis.driftsstatus.edit;

import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.load.YearMonths;
import dk.flis.driftsstatus.model.Area;
import dk.flis.driftsstatus.model.Registry;
import dk.flis.driftsstatus.model.SiteConfig;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the submitted fields into a {@link ReportForm}. Every value that goes into the front matter
 * is validated, never copied: a status must be a key of the vocabulary, data-through {@code rule},
 * {@code none} or a month before the rule, and only the month's areas may appear. Such a value can
 * only come from a tampered request, so it refuses the whole form. Free text (the preface and the
 * notes) goes only into the Markdown body.
 */
public final class FormFields {
    /** Fields the page sends besides the form's own: they are read by the server, not the form. */
    private static final Set<String> CONTROL = Set.of("token", "baseSha256", "overwriteSha256");

    private FormFields() {}

    /** The decoded form, and what is wrong with its date (shown at the field; the form is still checked). */
    public record Decoded(ReportForm form, List<FieldProblem> problems) {
        public Decoded {
            problems = List.copyOf(problems);
        }
    }

    /** A submission no page of ours sends. */
    public static final class Tampered extends Exception {
        private static final long serialVersionUID = 1L;

        Tampered(String message) {
            super(message);
        }
    }

    /**
     * The areas of the month are not those the form was made with: areas.json changed while it was
     * open. {@code kept} is the form of the new areas, with the submitted values where they still fit.
     */
    public static final class AreasChanged extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Decoded kept;

        AreasChanged(Decoded kept) {
            super("the month's areas changed");
            this.kept = kept;
        }

        /** The form for the current areas, with what the editor typed wherever it still fits. */
        public Decoded kept() {
            return kept;
        }
    }

    /** The form of {@code month} the fields hold. */
    public static Decoded decode(Map<String, String> fields, SiteConfig site, Registry registry, YearMonth month)
            throws Tampered, AreasChanged {
        Set<String> submitted = new HashSet<>();
        fields.keySet().stream()
                .filter(name -> name.startsWith("status."))
                .forEach(name -> submitted.add(name.substring("status.".length())));
        Set<String> active = new HashSet<>();
        registry.areas().stream().filter(a -> a.activeIn(month)).forEach(a -> active.add(a.id()));
        if (!submitted.equals(active)) {
            throw new AreasChanged(keeping(fields, site, registry, month));
        }
        Set<String> expected = new HashSet<>(CONTROL);
        expected.add("date");
        expected.add("preface");
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = date(fields.get("date"), month, site, problems);
        List<AreaFields> areas = new ArrayList<>();
        for (Area area : registry.areas()) {
            if (!area.activeIn(month)) {
                continue;
            }
            String id = area.id();
            expected.addAll(List.of("status." + id, "dataThrough." + id, "note." + id));
            String status = required(fields, "status." + id);
            if (site.statuses().stream().noneMatch(s -> s.key().equals(status))) {
                throw new Tampered("unknown status " + status);
            }
            DataThrough through = dataThrough(required(fields, "dataThrough." + id), area, month);
            areas.add(new AreaFields(area, status, through, fields.getOrDefault("note." + id, "")));
        }
        for (String name : fields.keySet()) {
            if (!expected.contains(name)) {
                throw new Tampered("unknown field " + name);
            }
        }
        return new Decoded(new ReportForm(month, date, fields.getOrDefault("preface", ""), areas), problems);
    }

    /** The form of the current areas: each submitted value that still fits, the defaults elsewhere. */
    private static Decoded keeping(Map<String, String> fields, SiteConfig site, Registry registry, YearMonth month) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = date(fields.get("date"), month, site, problems);
        List<AreaFields> areas = new ArrayList<>();
        for (Area area : registry.areas()) {
            if (area.activeIn(month)) {
                String id = area.id();
                String status = fields.getOrDefault("status." + id, "ok");
                boolean known = site.statuses().stream().anyMatch(s -> s.key().equals(status));
                DataThrough through;
                try {
                    through = dataThrough(fields.getOrDefault("dataThrough." + id, "rule"), area, month);
                } catch (Tampered e) {
                    through = DataThrough.BY_RULE;
                }
                areas.add(new AreaFields(area, known ? status : "ok", through, fields.getOrDefault("note." + id, "")));
            }
        }
        return new Decoded(new ReportForm(month, date, fields.getOrDefault("preface", ""), areas), problems);
    }

    private static String required(Map<String, String> fields, String name) throws Tampered {
        String value = fields.get(name);
        if (value == null) {
            throw new Tampered("missing field " + name);
        }
        return value;
    }

    private static DataThrough dataThrough(String value, Area area, YearMonth month) throws Tampered {
        if (value.equals("rule")) {
            return DataThrough.BY_RULE;
        }
        if (value.equals("none")) {
            return DataThrough.NO_DATA;
        }
        Optional<YearMonth> chosen = YearMonths.parse(value);
        if (chosen.isEmpty() || chosen.get().isAfter(area.expectedDataThrough(month))) {
            throw new Tampered("data-through " + value + " is not offered");
        }
        return new DataThrough.Month(chosen.get());
    }

    /** The date written, or the month's report day when it cannot be read (then a problem says why). */
    private static LocalDate date(String value, YearMonth month, SiteConfig site, List<FieldProblem> problems) {
        LocalDate fallback = month.atDay(Math.min(site.reportDay(), month.lengthOfMonth()));
        String text = value == null ? "" : value.strip();
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            problems.add(new FieldProblem(
                    FieldRef.DATE,
                    Text.of("edit-date-format.message", fallback.toString()),
                    Text.of("edit-date-format.hint", month.toString())));
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(
                    FieldRef.DATE,
                    Text.of("edit-date-impossible.message"),
                    Text.of("edit-date-impossible.hint", fallback.toString())));
            return fallback;
        }
    }
}
